// Listener entries flattened into table rows, with the pure filter and the sort values the list uses.
import { interpretStatus, type ListenerListItem, type StatusView } from '@connector-console/model';
import { entryKey } from '../live/applyChanges.ts';
import { describeMatching, matchesText, STATUS_ORDER } from '../table/rowText.ts';
import type { SortValues } from '../table/sorting.ts';

/** A matching connector the list names, with its site's display name. */
export interface NamedConnector {
  site: string;
  siteName: string;
  name: string;
}

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
  /** The first few matching connectors, as the server names them; `connectorCount` counts them all. */
  connectorNames: NamedConnector[];
  matching: string;
  version: string;
  searchText: string;
}

// Rows are derived once per entry object; live updates keep untouched entries identical, so rows are reused.
const rowCache = new WeakMap<ListenerListItem, ListenerRow>();

const siteNameOf = (siteNames: ReadonlyMap<string, string>, site: string) => siteNames.get(site) ?? site;

/** A cached row stays valid while every site it names keeps its display name. */
function sameSiteNames(row: ListenerRow, siteNames: ReadonlyMap<string, string>): boolean {
  return (
    row.siteName === siteNameOf(siteNames, row.site) &&
    row.connectorNames.every((named) => named.siteName === siteNameOf(siteNames, named.site))
  );
}

export function toListenerRow(entry: ListenerListItem, siteNames: ReadonlyMap<string, string>): ListenerRow {
  const cached = rowCache.get(entry);
  if (cached && sameSiteNames(cached, siteNames)) return cached;
  const { resource, matching } = entry;
  const siteName = siteNameOf(siteNames, entry.site);
  const connectorNames = (matching.names ?? []).map(({ site, name }) => ({
    site,
    siteName: siteNameOf(siteNames, site),
    name,
  }));
  const namesKey = connectorNames.map((named) => `${named.site}/${named.name}`).join(',');
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
    connectorNames,
    matching: describeMatching(matching.count, matching.siteCount, 'connector'),
    // The names are part of the version, so that a row flashes when the connectors it names change.
    version: [
      resource.metadata.resourceVersion ?? '',
      matching.count,
      matching.siteCount,
      status.label,
      namesKey,
    ].join(':'),
    searchText: [name, siteName, resource.spec?.routingKey, address, ...connectorNames.map((c) => c.name)]
      .join('\n')
      .toLowerCase(),
  };
  rowCache.set(entry, row);
  return row;
}

export function toListenerRows(entries: readonly ListenerListItem[], siteNames: ReadonlyMap<string, string>) {
  return entries.map((entry) => toListenerRow(entry, siteNames));
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
