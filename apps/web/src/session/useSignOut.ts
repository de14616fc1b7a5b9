// Signs out: the server clears the cookie, the person lands on the sign-in page, and their data leaves the cache.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { signOut } from '../api/sessionApi.ts';
import { routePaths } from '../routePaths.ts';
import { useToasts } from '../shell/toasts/toastContext.ts';
import { changeSession } from './sessionCache.ts';
import { signInTarget } from './signInRedirect.ts';

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToasts();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async (answer) => {
      // Leave the pages first, so that none of them fetches again for a person who is no longer there.
      await navigate(signInTarget(location) ?? routePaths.signIn(), { replace: true });
      changeSession(client, answer);
    },
    onError: (error) => toast({ variant: 'danger', title: 'Could not sign out', description: error.message }),
  });
}
