// Listener entries flattened into table rows, with the pure filter and the sort values the list uses.
import { interpretStatus, type ListenerListItem, type StatusView } from '@connector-console/model';
import { entryKey } from '../live/applyChanges.ts';
import { describeMatching, matchesText, STATUS_ORDER } from '../table/rowText.ts';
import type { SortValues } from '../table/sorting.ts';

export interface ListenerRow {
  key: string;
  site: string;
  siteName: string;
  name: string;
  routingKey: string;
  address: string;
  phase: StatusView;
  statusLabel: string;
  connectorCount: number;
  matching: string;
  version: string;
  searchText: string;
}

const rowCache = new WeakMap<ListenerListItem, ListenerRow>();

export function toListenerRow(entry: ListenerListItem, siteName: string): ListenerRow {
  const cached = rowCache.get(entry);
  if (cached && cached.siteName === siteName) return cached;
  const { resource, matching } = entry;
  const status = interpretStatus(resource);
  const name = resource.metadata.name ?? '';
  const address = resource.spec ? `${resource.spec.host}:${resource.spec.port}` : '';
  const row: ListenerRow = {
    key: entryKey(entry.site, name),
    site: entry.site,
    siteName,
    name,
    routingKey: resource.spec?.routingKey ?? '',
    address,
    phase: status.phase,
    statusLabel: status.label,
    connectorCount: matching.count,
    matching: describeMatching(matching.count, matching.siteCount, 'connector'),
    version: `${resource.metadata.resourceVersion ?? ''}:${matching.count}:${matching.siteCount}:${status.label}`,
    searchText: [name, siteName, resource.spec?.routingKey, address].join('\n').toLowerCase(),
  };
  rowCache.set(entry, row);
  return row;
}

export function toListenerRows(entries: readonly ListenerListItem[], siteNames: ReadonlyMap<string, string>) {
  return entries.map((entry) => toListenerRow(entry, siteNames.get(entry.site) ?? entry.site));
}

export interface ListenerFilter {
  text: string;
  site: string;
}

export function filterListenerRows(rows: readonly ListenerRow[], filter: ListenerFilter): ListenerRow[] {
  return rows.filter(
    (row) => (filter.site === '' || row.site === filter.site) && matchesText(row.searchText, filter.text),
  );
}

export const LISTENER_COLUMN_IDS = ['name', 'site', 'routingKey', 'address', 'status', 'connectors'] as const;
export type ListenerColumnId = (typeof LISTENER_COLUMN_IDS)[number];

export const LISTENER_SORT_VALUES: SortValues<ListenerRow, ListenerColumnId> = {
  name: (row) => row.name,
  site: (row) => row.siteName,
  routingKey: (row) => row.routingKey,
  address: (row) => row.address,
  status: (row) => STATUS_ORDER[row.phase],
  connectors: (row) => row.connectorCount,
};

export const listenerTieBreak = (row: ListenerRow) => `${row.siteName}\u0000${row.name}`;
