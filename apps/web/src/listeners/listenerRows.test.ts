import { describe, expect, it } from 'vitest';
import { sortRows } from '../table/sorting.ts';
import { listenerItem } from '../testing/fixtures.ts';
import { readListenerListState, writeListenerListState } from './listenerListState.ts';
import {
  filterListenerRows,
  LISTENER_SORT_VALUES,
  listenerTieBreak,
  toListenerRow,
  toListenerRows,
} from './listenerRows.ts';

const rows = toListenerRows(
  [
    listenerItem('west', 'web-front', 'web', {
      count: 1,
      siteCount: 1,
      names: [{ site: 'east', name: 'web-backend' }],
    }),
    listenerItem('east', 'db-client', 'db'),
  ],
  new Map([['west', 'West']]),
);

describe('listener rows', () => {
  it('shows host:port and the connectors each listener matches', () => {
    expect(rows[0]?.address).toBe('web-front:8080');
    expect(rows[0]?.matching).toBe('1 connector in 1 site');
    expect(rows[1]?.matching).toBe('None');
  });

  it('finds listeners by any words of name, site, routing key or address, and narrows by site', () => {
    expect(filterListenerRows(rows, { text: 'west web', site: '' }).map((r) => r.name)).toEqual([
      'web-front',
    ]);
    expect(filterListenerRows(rows, { text: '', site: 'east' }).map((r) => r.name)).toEqual(['db-client']);
  });

  it('names the matching connectors with their site’s name, and finds listeners by them', () => {
    expect(rows[0]?.connectorNames).toEqual([{ site: 'east', siteName: 'east', name: 'web-backend' }]);
    expect(filterListenerRows(rows, { text: 'web-backend', site: '' }).map((r) => r.name)).toEqual([
      'web-front',
    ]);
  });

  it('gives a row a new version when the connectors it names change, so that it is highlighted', () => {
    const before = listenerItem('west', 'web-front', 'web', {
      count: 1,
      names: [{ site: 'east', name: 'web-a' }],
    });
    const after = { ...before, matching: { ...before.matching, names: [{ site: 'east', name: 'web-b' }] } };
    const siteNames = new Map<string, string>();
    expect(toListenerRow(after, siteNames).version).not.toBe(toListenerRow(before, siteNames).version);
  });

  it('shows a named connector’s site by its new display name once the site is renamed', () => {
    const entry = listenerItem('west', 'web-front', 'web', {
      count: 1,
      names: [{ site: 'east', name: 'web' }],
    });
    expect(toListenerRow(entry, new Map([['east', 'East']])).connectorNames[0]?.siteName).toBe('East');
    expect(toListenerRow(entry, new Map([['east', 'East (Boston)']])).connectorNames[0]?.siteName).toBe(
      'East (Boston)',
    );
  });

  it('sorts by the number of matching connectors', () => {
    const sorted = sortRows(
      rows,
      LISTENER_SORT_VALUES,
      { by: 'connectors', direction: 'desc' },
      listenerTieBreak,
    );
    expect(sorted.map((r) => r.name)).toEqual(['web-front', 'db-client']);
  });

  it('keeps filters and sort in the URL and reads them back', () => {
    const params = writeListenerListState(new URLSearchParams(), {
      text: 'web',
      sort: { by: 'routingKey', direction: 'desc' },
    });
    expect(params.toString()).toBe('q=web&sort=routingKey&dir=desc');
    expect(readListenerListState(params)).toEqual({
      text: 'web',
      site: '',
      sort: { by: 'routingKey', direction: 'desc' },
    });
  });
});
