// The frame's guard: sends the person to sign in when the server says nobody is, and says when live updates may run.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sessionQuery } from '../api/queries.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { sessionGate } from './sessionGate.ts';
import { signInTarget } from './signInRedirect.ts';

export interface SessionGuard {
  /** False once the person is known to be signed out: a stream would only be refused. */
  liveAllowed: boolean;
  /** Asks the server again who is signed in (after the live stream was refused, say). */
  recheck: () => void;
}

export function useSessionGate(): SessionGuard {
  const client = useQueryClient();
  const session = useQuery(sessionQuery());
  const gate = sessionGate(session.data, session.error);
  const location = useLocation();
  const navigate = useNavigate();
  const target = gate === 'sign-in-needed' ? signInTarget(location) : undefined;

  useEffect(() => {
    if (target) void navigate(target, { replace: true });
  }, [target, navigate]);

  const recheck = useCallback(
    () => void client.invalidateQueries({ queryKey: queryKeys.session(), exact: true }),
    [client],
  );
  return { liveAllowed: gate !== 'sign-in-needed', recheck };
}
