import { describe, expect, it } from 'vitest';
import { connectorItem, matchedListener, READY_STATUS } from '../../testing/fixtures.ts';
import { sortRows } from '../../table/sorting.ts';
import {
  CONNECTOR_SORT_VALUES,
  connectorTieBreak,
  filterConnectorRows,
  toConnectorRow,
  toConnectorRows,
  type ConnectorFilter,
} from './connectorRows.ts';

const NO_FILTER: ConnectorFilter = { text: '', site: '', status: '', match: '' };
const names = new Map([
  ['east', 'East cluster'],
  ['west', 'West podman'],
]);

const entries = [
  connectorItem('east', 'web', {
    status: READY_STATUS,
    matching: { listeners: [matchedListener('west', 'web')] },
  }),
  connectorItem('east', 'db', {
    host: 'db.internal',
    port: 5432,
    status: { status: 'Error', message: 'No matching listeners' },
  }),
  connectorItem('west', 'cache', { status: { status: 'Pending', message: 'Not Configured' } }),
  connectorItem('west', 'queue'),
];
const rows = toConnectorRows(entries, names);

describe('connector rows', () => {
  it('describes the target as the selector or as host:port', () => {
    expect(rows[0]?.target).toBe('app=web (port 8080)');
    expect(rows[1]?.target).toBe('db.internal:5432');
  });

  it('shows the site by name and the matching as listeners and sites', () => {
    expect(rows[0]?.siteName).toBe('East cluster');
    expect(rows[0]?.matching).toBe('1 listener in 1 site');
    expect(rows[1]?.matching).toBe('None');
  });

  it('reads the status the way the details page does, including not reconciled', () => {
    expect(rows.map((row) => row.phase)).toEqual(['Ready', 'Error', 'Pending', 'NotReconciled']);
  });

  it('reuses a row while its entry and site name stay the same', () => {
    const [first] = entries;
    if (!first) throw new Error('fixture');
    expect(toConnectorRow(first, 'East cluster')).toBe(rows[0]);
    expect(toConnectorRow(first, 'Renamed')).not.toBe(rows[0]);
  });
});

describe('filterConnectorRows', () => {
  const filtered = (filter: Partial<ConnectorFilter>) =>
    filterConnectorRows(rows, { ...NO_FILTER, ...filter }).map((row) => row.name);

  it('finds connectors by any words of name, site, routing key, target or message', () => {
    expect(filtered({ text: 'DB.INTERNAL' })).toEqual(['db']);
    expect(filtered({ text: 'west que' })).toEqual(['queue']);
    expect(filtered({ text: 'matching listeners' })).toEqual(['db']);
  });

  it('narrows to one site, one status, or whether a listener matches', () => {
    expect(filtered({ site: 'west' })).toEqual(['cache', 'queue']);
    expect(filtered({ status: 'NotReconciled' })).toEqual(['queue']);
    expect(filtered({ match: 'yes' })).toEqual(['web']);
    expect(filtered({ match: 'no', site: 'east' })).toEqual(['db']);
  });

  it('shows everything without filters', () => {
    expect(filtered({})).toHaveLength(4);
  });
});

describe('sorting connector rows', () => {
  const sorted = (by: keyof typeof CONNECTOR_SORT_VALUES, direction: 'asc' | 'desc' = 'asc') =>
    sortRows(rows, CONNECTOR_SORT_VALUES, { by, direction }, connectorTieBreak).map((row) => row.name);

  it('puts problems first when sorting by status', () => {
    expect(sorted('status')).toEqual(['db', 'cache', 'queue', 'web']);
  });

  it('sorts by matching count, then by site and name', () => {
    expect(sorted('matching', 'desc')).toEqual(['web', 'db', 'cache', 'queue']);
  });

  it('sorts by site name and by every other column', () => {
    expect(sorted('site', 'desc')).toEqual(['cache', 'queue', 'db', 'web']);
    expect(sorted('routingKey')).toEqual(['cache', 'db', 'queue', 'web']);
    expect(sorted('target')).toEqual(['cache', 'queue', 'web', 'db']);
    expect(sorted('message')).toEqual(['queue', 'db', 'cache', 'web']);
  });
});
