import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/http.ts';
import { signInFailure } from './signInFailure.ts';

describe('signInFailure', () => {
  it('puts the server’s complaint about the token at the token field', () => {
    const error = new ApiRequestError(422, 'Invalid', 'token: Paste a token.', {
      problems: [{ path: 'token', message: 'Paste a token.' }],
    });
    expect(signInFailure(error)).toEqual({ kind: 'field', message: 'Paste a token.' });
  });

  it('still shows a 422 at the field when the answer lists no problems', () => {
    expect(signInFailure(new ApiRequestError(422, 'Invalid', 'token: Too long.'))).toEqual({
      kind: 'field',
      message: 'Too long.',
    });
  });

  it('says in an alert that no site accepted the token', () => {
    expect(signInFailure(new ApiRequestError(401, 'Unauthorized', 'Check that it is current.'))).toEqual({
      kind: 'alert',
      title: 'No site accepted this token',
      message: 'Check that it is current.',
    });
  });

  it('reports anything else, such as an unreachable server, as a failed sign-in with the reason', () => {
    expect(
      signInFailure(new ApiRequestError(0, 'NetworkError', 'The console server cannot be reached.')),
    ).toEqual({
      kind: 'alert',
      title: 'Could not sign in',
      message: 'The console server cannot be reached.',
    });
  });
});
