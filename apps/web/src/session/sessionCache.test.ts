import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../api/queryKeys.ts';
import { site } from '../testing/fixtures.ts';
import { changeSession } from './sessionCache.ts';

describe('changeSession', () => {
  it('forgets everything fetched for the previous person and records who is signed in now', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.session(), { mode: 'per-user', signedIn: true, user: 'alice' });
    client.setQueryData(queryKeys.sites.list(), [site('east')]);
    client.setQueryData(queryKeys.sites.resource('east'), null);
    client.setQueryData(queryKeys.connectors.list(), []);
    changeSession(client, { mode: 'per-user', signedIn: true, user: 'bob', via: 'sign-in' });
    expect(client.getQueryData(queryKeys.sites.list())).toBeUndefined();
    expect(client.getQueryData(queryKeys.sites.resource('east'))).toBeUndefined();
    expect(client.getQueryData(queryKeys.connectors.list())).toBeUndefined();
    expect(client.getQueryData(queryKeys.session())).toEqual({
      mode: 'per-user',
      signedIn: true,
      user: 'bob',
      via: 'sign-in',
    });
  });
});
