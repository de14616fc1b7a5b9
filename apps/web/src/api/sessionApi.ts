// Fetch functions for the session: who is signed in, signing in with a token, and signing out.
import type { SessionAnswer } from '@connector-console/model';
import { requestJson } from './http.ts';
import { apiPaths } from './paths.ts';

export function fetchSession(signal?: AbortSignal): Promise<SessionAnswer> {
  return requestJson<SessionAnswer>(apiPaths.session(), { signal });
}

/** The server keeps nothing: it checks the token and hands it back as an HttpOnly cookie for this browser session. */
export function signIn(token: string): Promise<SessionAnswer> {
  return requestJson<SessionAnswer>(apiPaths.session(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
}

export function signOut(): Promise<SessionAnswer> {
  return requestJson<SessionAnswer>(apiPaths.session(), { method: 'DELETE' });
}
