import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/http.ts';
import { sessionGate } from './sessionGate.ts';

const refused = new ApiRequestError(401, 'Unauthorized', 'No site accepted this token.');

describe('sessionGate', () => {
  it('lets everyone in when the console uses its own credentials', () => {
    expect(sessionGate({ mode: 'shared', signedIn: true }, null)).toBe('signed-in');
  });

  it('asks for a sign-in in per-user mode until someone is signed in', () => {
    expect(sessionGate({ mode: 'per-user', signedIn: false }, null)).toBe('sign-in-needed');
    expect(sessionGate({ mode: 'per-user', signedIn: true, user: 'alice', via: 'sign-in' }, null)).toBe(
      'signed-in',
    );
  });

  it('asks for a sign-in again when the server refuses the session question itself', () => {
    expect(sessionGate({ mode: 'per-user', signedIn: true }, refused)).toBe('sign-in-needed');
    expect(sessionGate(undefined, refused)).toBe('sign-in-needed');
  });

  it('does not block the console while the answer is pending or the server cannot give one', () => {
    expect(sessionGate(undefined, null)).toBe('unknown');
    expect(sessionGate(undefined, new ApiRequestError(404, 'NotFound', 'No such path.'))).toBe('unknown');
  });
});
