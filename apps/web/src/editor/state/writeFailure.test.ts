import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/http.ts';
import { connector } from '../../testing/fixtures.ts';
import { writeFailure } from './writeFailure.ts';

describe('writeFailure', () => {
  it('reads a 409 on an edit as a conflict, with the stored version when the server sent it', () => {
    const current = connector('web', { version: '9' });
    expect(writeFailure(new ApiRequestError(409, 'Conflict', 'changed', { current }), 'edit')).toEqual({
      kind: 'conflict',
      current,
    });
    expect(
      writeFailure(new ApiRequestError(409, 'Conflict', 'changed', { current: 'junk' }), 'edit'),
    ).toEqual({
      kind: 'conflict',
    });
  });

  it('reads a 409 on a create as a name already taken', () => {
    const failure = writeFailure(new ApiRequestError(409, 'AlreadyExists', 'web exists'), 'create');
    expect(failure).toEqual({ kind: 'refused', message: 'web exists', problems: [] });
  });

  it('passes on the field problems of a 422, with their lines', () => {
    const problems = [{ path: 'spec.port', message: 'Port must be 1 to 65535', line: 7, column: 9 }];
    const failure = writeFailure(new ApiRequestError(422, 'Invalid', 'not valid', { problems }), 'edit');
    expect(failure).toEqual({ kind: 'refused', message: 'not valid', problems });
  });

  it('says what went wrong when the server could not be reached', () => {
    expect(writeFailure(new ApiRequestError(0, 'NetworkError', 'unreachable'), 'create')).toMatchObject({
      kind: 'refused',
      message: 'unreachable',
    });
  });
});
