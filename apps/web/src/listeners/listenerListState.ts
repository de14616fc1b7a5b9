// The listener list's filters and sort as URL search parameters.
import type { SortState } from '../table/sorting.ts';
import { readSort, readText, sortParams, withParams } from '../url/searchState.ts';
import { LISTENER_COLUMN_IDS, type ListenerColumnId, type ListenerFilter } from './listenerRows.ts';

export interface ListenerListState extends ListenerFilter {
  sort: SortState<ListenerColumnId>;
}

export const DEFAULT_LISTENER_SORT: SortState<ListenerColumnId> = { by: 'name', direction: 'asc' };

export function readListenerListState(params: URLSearchParams): ListenerListState {
  return {
    text: readText(params, 'q'),
    site: readText(params, 'site'),
    sort: readSort(params, LISTENER_COLUMN_IDS, DEFAULT_LISTENER_SORT),
  };
}

export function writeListenerListState(
  current: URLSearchParams,
  patch: Partial<ListenerListState>,
): URLSearchParams {
  const state = { ...readListenerListState(current), ...patch };
  return withParams(current, {
    q: state.text,
    site: state.site,
    sort: undefined,
    dir: undefined,
    ...sortParams(state.sort, DEFAULT_LISTENER_SORT),
  });
}
