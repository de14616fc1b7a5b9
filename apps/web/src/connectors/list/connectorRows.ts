// Connector entries flattened into table rows, with the pure filter and the sort values the list uses.
import {
  interpretStatus,
  type ConnectorListItem,
  type ConnectorSpec,
  type StatusView,
} from '@connector-console/model';
import { entryKey } from '../../live/applyChanges.ts';
import type { SortValues } from '../../table/sorting.ts';
import { describeMatching, matchesText, STATUS_ORDER } from '../../table/rowText.ts';

export interface ConnectorRow {
  key: string;
  site: string;
  siteName: string;
  name: string;
  routingKey: string;
  target: string;
  phase: StatusView;
  statusLabel: string;
  message: string;
  matchCount: number;
  matchSiteCount: number;
  matching: string;
  /** Changes whenever the connector or its matching changes; drives the row's highlight. */
  version: string;
  searchText: string;
}

export function describeTarget(spec: ConnectorSpec | undefined): string {
  if (!spec) return '';
  if (spec.selector) return `${spec.selector} (port ${spec.port})`;
  if (spec.host) return `${spec.host}:${spec.port}`;
  return '';
}

// Rows are derived once per entry object; live updates keep untouched entries identical, so their rows are reused.
const rowCache = new WeakMap<ConnectorListItem, ConnectorRow>();

export function toConnectorRow(entry: ConnectorListItem, siteName: string): ConnectorRow {
  const cached = rowCache.get(entry);
  if (cached && cached.siteName === siteName) return cached;
  const { resource, matching } = entry;
  const status = interpretStatus(resource);
  const name = resource.metadata.name ?? '';
  const target = describeTarget(resource.spec);
  const message = status.message ?? '';
  const matchCount = matching.count;
  const row: ConnectorRow = {
    key: entryKey(entry.site, name),
    site: entry.site,
    siteName,
    name,
    routingKey: resource.spec?.routingKey ?? '',
    target,
    phase: status.phase,
    statusLabel: status.label,
    message,
    matchCount,
    matchSiteCount: matching.siteCount,
    matching: describeMatching(matchCount, matching.siteCount, 'listener'),
    version: `${resource.metadata.resourceVersion ?? ''}:${matchCount}:${matching.siteCount}:${status.label}`,
    searchText: [name, siteName, resource.spec?.routingKey, target, message].join('\n').toLowerCase(),
  };
  rowCache.set(entry, row);
  return row;
}

export function toConnectorRows(
  entries: readonly ConnectorListItem[],
  siteNames: ReadonlyMap<string, string>,
) {
  return entries.map((entry) => toConnectorRow(entry, siteNames.get(entry.site) ?? entry.site));
}

export type MatchFilter = '' | 'yes' | 'no';

export interface ConnectorFilter {
  text: string;
  site: string;
  status: StatusView | '';
  match: MatchFilter;
}

export function filterConnectorRows(rows: readonly ConnectorRow[], filter: ConnectorFilter): ConnectorRow[] {
  return rows.filter(
    (row) =>
      (filter.site === '' || row.site === filter.site) &&
      (filter.status === '' || row.phase === filter.status) &&
      (filter.match === '' || row.matchCount > 0 === (filter.match === 'yes')) &&
      matchesText(row.searchText, filter.text),
  );
}

export const CONNECTOR_COLUMN_IDS = [
  'name',
  'site',
  'routingKey',
  'target',
  'status',
  'matching',
  'message',
] as const;
export type ConnectorColumnId = (typeof CONNECTOR_COLUMN_IDS)[number];

export const CONNECTOR_SORT_VALUES: SortValues<ConnectorRow, ConnectorColumnId> = {
  name: (row) => row.name,
  site: (row) => row.siteName,
  routingKey: (row) => row.routingKey,
  target: (row) => row.target,
  status: (row) => STATUS_ORDER[row.phase],
  matching: (row) => row.matchCount,
  message: (row) => row.message,
};

export const connectorTieBreak = (row: ConnectorRow) => `${row.siteName}\u0000${row.name}`;
