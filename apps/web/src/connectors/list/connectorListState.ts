// The connector list's filters and sort as URL search parameters.
import type { StatusView } from '@connector-console/model';
import { STATUS_VIEWS } from '../../status/statusBadge.ts';
import type { SortState } from '../../table/sorting.ts';
import { readChoice, readSort, readText, sortParams, withParams } from '../../url/searchState.ts';
import {
  CONNECTOR_COLUMN_IDS,
  type ConnectorColumnId,
  type ConnectorFilter,
  type MatchFilter,
} from './connectorRows.ts';

export interface ConnectorListState extends ConnectorFilter {
  sort: SortState<ConnectorColumnId>;
}

export const DEFAULT_CONNECTOR_SORT: SortState<ConnectorColumnId> = { by: 'name', direction: 'asc' };

export function readConnectorListState(params: URLSearchParams): ConnectorListState {
  return {
    text: readText(params, 'q'),
    site: readText(params, 'site'),
    status: readChoice<StatusView | ''>(params, 'status', STATUS_VIEWS, ''),
    match: readChoice<MatchFilter>(params, 'match', ['yes', 'no'], ''),
    sort: readSort(params, CONNECTOR_COLUMN_IDS, DEFAULT_CONNECTOR_SORT),
  };
}

export function writeConnectorListState(
  current: URLSearchParams,
  patch: Partial<ConnectorListState>,
): URLSearchParams {
  const state = { ...readConnectorListState(current), ...patch };
  return withParams(current, {
    q: state.text,
    site: state.site,
    status: state.status,
    match: state.match,
    sort: undefined,
    dir: undefined,
    ...sortParams(state.sort, DEFAULT_CONNECTOR_SORT),
  });
}

export function hasActiveFilter(state: ConnectorFilter): boolean {
  return state.text !== '' || state.site !== '' || state.status !== '' || state.match !== '';
}
