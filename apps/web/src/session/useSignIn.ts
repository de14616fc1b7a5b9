// Signs in with a token; on success the new person's session replaces the cache and the page they wanted opens.
import type { SessionAnswer } from '@connector-console/model';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { signIn } from '../api/sessionApi.ts';
import { changeSession } from './sessionCache.ts';

export function useSignIn(next: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation<SessionAnswer, Error, string>({
    mutationFn: signIn,
    onSuccess: (answer) => {
      changeSession(client, answer);
      void navigate(next, { replace: true });
    },
  });
}
