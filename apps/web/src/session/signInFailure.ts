// Why a sign-in failed, told where the person will look: at the token field, or in an alert above the form.
import { ApiRequestError } from '../api/http.ts';

export type SignInFailure =
  { kind: 'field'; message: string } | { kind: 'alert'; title: string; message: string };

export const EMPTY_TOKEN: SignInFailure = {
  kind: 'field',
  message: 'Paste your token here: the field is empty.',
};

function tokenProblem(details: ApiRequestError['details']): string | undefined {
  const problems = Array.isArray(details?.problems) ? details.problems : [];
  return problems.find((problem) => problem?.path === 'token' && typeof problem.message === 'string')
    ?.message;
}

export function signInFailure(error: unknown): SignInFailure {
  if (!(error instanceof ApiRequestError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'alert', title: 'Could not sign in', message };
  }
  if (error.status === 422) {
    return { kind: 'field', message: tokenProblem(error.details) ?? error.message.replace(/^token: /, '') };
  }
  if (error.status === 401)
    return { kind: 'alert', title: 'No site accepted this token', message: error.message };
  return { kind: 'alert', title: 'Could not sign in', message: error.message };
}
