// Whether the console may go on as it is, or must send the person to sign in, from the session answer.
import type { SessionAnswer } from '@connector-console/model';
import { isUnauthorized } from '../api/http.ts';

/** `unknown`: not answered yet, or a server that cannot say; the pages' own requests tell what is wrong. */
export type SessionGate = 'signed-in' | 'sign-in-needed' | 'unknown';

export function sessionGate(answer: SessionAnswer | undefined, error: unknown): SessionGate {
  // A token that has lapsed since the last answer makes the server refuse even the session question.
  if (isUnauthorized(error)) return 'sign-in-needed';
  if (!answer) return 'unknown';
  if (answer.mode === 'shared' || answer.signedIn) return 'signed-in';
  return 'sign-in-needed';
}
