import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './queryKeys.ts';

describe('queryKeys', () => {
  it('nests a connector under its site and name, below every connector', () => {
    expect(queryKeys.connectors.detail('east', 'web')).toEqual(['connectors', 'detail', 'east', 'web']);
    expect(queryKeys.connectors.list()).toEqual(['connectors', 'list']);
  });

  it('nests a listener under its site and name, below every listener', () => {
    expect(queryKeys.listeners.detail('east', 'db')).toEqual(['listeners', 'detail', 'east', 'db']);
    expect(queryKeys.listeners.detail('east', 'db').slice(0, 1)).toEqual(queryKeys.listeners.all);
  });

  it('keeps every Site resource under one prefix, below the sites', () => {
    expect(queryKeys.sites.resource('east')).toEqual(['sites', 'resource', 'east']);
    expect(queryKeys.sites.resource('east').slice(0, 2)).toEqual(queryKeys.sites.resources());
  });

  it('invalidates a connector’s details together with the list through the connectors prefix', async () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.connectors.list(), []);
    client.setQueryData(queryKeys.connectors.detail('east', 'web'), null);
    client.setQueryData(queryKeys.listeners.list(), []);
    await client.invalidateQueries({ queryKey: queryKeys.connectors.all });
    expect(client.getQueryState(queryKeys.connectors.list())?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.connectors.detail('east', 'web'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeys.listeners.list())?.isInvalidated).toBe(false);
  });

  it('tells pods apart by selector and by whether not-ready pods are included', () => {
    expect(queryKeys.sites.pods('east', 'app=a', false)).not.toEqual(
      queryKeys.sites.pods('east', 'app=b', false),
    );
    expect(queryKeys.sites.pods('east', 'app=a', false)).not.toEqual(
      queryKeys.sites.pods('east', 'app=a', true),
    );
  });

  it('keeps the session apart from every resource, so forgetting one person’s data keeps the session', () => {
    const prefixes = [queryKeys.connectors.all, queryKeys.listeners.all, queryKeys.sites.all];
    expect(prefixes.map((prefix) => prefix[0])).not.toContain(queryKeys.session()[0]);
  });
});
