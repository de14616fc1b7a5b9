import type { ConnectorEntry, ConnectorListItem, SiteSummary } from '@connector-console/model';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys.ts';
import { change, connectorEntry, connectorItem, listener, site } from '../testing/fixtures.ts';
import { FakeStream } from '../testing/fakeStream.ts';
import { connectLiveUpdates, type LiveState } from './liveConnection.ts';

function setup() {
  const client = new QueryClient();
  const stream = new FakeStream();
  const states: LiveState[] = [];
  const detach = connectLiveUpdates(client, stream, { onState: (state) => states.push(state) });
  return { client, stream, states, detach };
}

describe('connectLiveUpdates', () => {
  it('applies connector changes to the cached list, and to open details while fetching their full matching', () => {
    const { client, stream } = setup();
    client.setQueryData(queryKeys.connectors.list(), [connectorItem('east', 'web')]);
    client.setQueryData(queryKeys.connectors.detail('east', 'web'), connectorEntry('east', 'web'));
    stream.send('changes', [change('MODIFIED', connectorItem('east', 'web', { version: '2', port: 9090 }))]);
    const list = client.getQueryData<ConnectorListItem[]>(queryKeys.connectors.list());
    expect(list?.[0]?.resource.spec.port).toBe(9090);
    const detailKey = queryKeys.connectors.detail('east', 'web');
    const detail = client.getQueryData<ConnectorEntry>(detailKey);
    expect(detail?.resource.spec.port).toBe(9090);
    expect(detail?.matching.listeners).toEqual([]);
    expect(client.getQueryState(detailKey)?.isInvalidated).toBe(true);
  });

  it('refreshes open details when their connector is deleted, so the page can say it is gone', () => {
    const { client, stream } = setup();
    const detailKey = queryKeys.connectors.detail('east', 'web');
    client.setQueryData(detailKey, connectorEntry('east', 'web'));
    stream.send('changes', [change('DELETED', connectorItem('east', 'web'))]);
    expect(client.getQueryState(detailKey)?.isInvalidated).toBe(true);
  });

  it('updates site health from a sites event', () => {
    const { client, stream } = setup();
    client.setQueryData(queryKeys.sites.list(), [site('east')]);
    stream.send('sites', [{ key: 'east', ...site('east', { state: 'stale' }) }]);
    expect(client.getQueryData<SiteSummary[]>(queryKeys.sites.list())?.[0]?.state).toBe('stale');
  });

  it('fetches the site list again when health arrives for a site it lacks, to learn what the person may do there', () => {
    const { client, stream } = setup();
    client.setQueryData(queryKeys.sites.list(), [site('east')]);
    stream.send('sites', [{ key: 'east', ...site('east', { state: 'stale' }) }]);
    expect(client.getQueryState(queryKeys.sites.list())?.isInvalidated).toBe(false);
    stream.send('sites', [{ key: 'north', ...site('north') }]);
    expect(client.getQueryState(queryKeys.sites.list())?.isInvalidated).toBe(true);
  });

  it('keeps the Site resource a change brings, so the sites page can show the network view', () => {
    const { client, stream } = setup();
    const siteResource = { ...listener('skupper'), kind: 'Site', status: { network: [] } };
    stream.send('changes', [
      { key: 'east/Site/skupper', site: 'east', kind: 'Site', type: 'MODIFIED', resource: siteResource },
    ]);
    expect(client.getQueryData(queryKeys.sites.resource('east'))).toEqual(siteResource);
  });

  it('refetches everything when the server asks for a resync', async () => {
    const { client, stream } = setup();
    const queryFn = vi.fn(async () => [] as ConnectorEntry[]);
    await client.fetchQuery({ queryKey: queryKeys.connectors.list(), queryFn });
    const query = client.getQueryCache().find({ queryKey: queryKeys.connectors.list() });
    stream.send('resync', { reason: 'behind' });
    expect(query?.state.isInvalidated).toBe(true);
  });

  it('refetches after reconnecting, since events were missed while the stream was down', () => {
    const { client, stream, states } = setup();
    client.setQueryData(queryKeys.connectors.list(), []);
    stream.dispatchEvent(new Event('open'));
    expect(client.getQueryState(queryKeys.connectors.list())?.isInvalidated).toBe(false);
    stream.dispatchEvent(new Event('error'));
    stream.dispatchEvent(new Event('open'));
    expect(client.getQueryState(queryKeys.connectors.list())?.isInvalidated).toBe(true);
    expect(states).toEqual(['live', 'reconnecting', 'live']);
  });

  it('ignores an event whose data is not a JSON list rather than breaking the stream', () => {
    const { client, stream } = setup();
    client.setQueryData(queryKeys.sites.list(), [site('east')]);
    stream.dispatchEvent(new MessageEvent('sites', { data: 'not json' }));
    stream.send('sites', { not: 'a list' });
    expect(client.getQueryData(queryKeys.sites.list())).toEqual([site('east')]);
  });

  it('stops applying events once detached', () => {
    const { client, stream, detach } = setup();
    client.setQueryData(queryKeys.sites.list(), []);
    detach();
    stream.send('sites', [{ key: 'east', ...site('east') }]);
    expect(client.getQueryData(queryKeys.sites.list())).toEqual([]);
  });
});

describe('changes that arrive while a list is being fetched', () => {
  it('are applied again on top of the snapshot, which may predate them', async () => {
    const { client, stream } = setup();
    let answer: (items: ConnectorListItem[]) => void = () => {};
    const fetching = client.fetchQuery({
      queryKey: queryKeys.connectors.list(),
      queryFn: () => new Promise<ConnectorListItem[]>((resolve) => (answer = resolve)),
    });
    stream.send('changes', [
      change('MODIFIED', connectorItem('east', 'web', { version: '2', port: 9090 })),
      change('DELETED', connectorItem('east', 'old')),
    ]);
    answer([connectorItem('east', 'web'), connectorItem('east', 'old')]);
    await fetching;
    const list = client.getQueryData<ConnectorListItem[]>(queryKeys.connectors.list());
    expect(list?.map((item) => [item.resource.metadata.name, item.resource.spec.port])).toEqual([
      ['web', 9090],
    ]);
  });

  it('are forgotten once replayed, so a later snapshot stands as it is', async () => {
    const { client, stream } = setup();
    let answer: (items: ConnectorListItem[]) => void = () => {};
    const first = client.fetchQuery({
      queryKey: queryKeys.connectors.list(),
      queryFn: () => new Promise<ConnectorListItem[]>((resolve) => (answer = resolve)),
    });
    stream.send('changes', [change('DELETED', connectorItem('east', 'old'))]);
    answer([connectorItem('east', 'old')]);
    await first;
    expect(client.getQueryData<ConnectorListItem[]>(queryKeys.connectors.list())).toEqual([]);
    // Recreated since: the next snapshot has it again, and the old delete must not remove it.
    await client.fetchQuery({
      queryKey: queryKeys.connectors.list(),
      queryFn: async () => [connectorItem('east', 'old', { version: '9' })],
      staleTime: 0,
    });
    expect(client.getQueryData<ConnectorListItem[]>(queryKeys.connectors.list())).toHaveLength(1);
  });
});
