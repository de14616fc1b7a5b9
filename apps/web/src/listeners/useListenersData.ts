// Everything the listener list shows: rows filtered and sorted per the URL, site health, and load state.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { listenersQuery, sitesQuery } from '../api/queries.ts';
import { sortRows } from '../table/sorting.ts';
import type { ListenerListState } from './listenerListState.ts';
import {
  filterListenerRows,
  LISTENER_SORT_VALUES,
  listenerTieBreak,
  toListenerRows,
} from './listenerRows.ts';

export function useListenersData(state: ListenerListState) {
  const listeners = useQuery(listenersQuery());
  const sites = useQuery(sitesQuery());
  const siteNames = useMemo(
    () => new Map((sites.data ?? []).map((site) => [site.id, site.name])),
    [sites.data],
  );
  const allRows = useMemo(() => toListenerRows(listeners.data ?? [], siteNames), [listeners.data, siteNames]);
  const view = useDeferredValue(state);
  const rows = useMemo(
    () => sortRows(filterListenerRows(allRows, view), LISTENER_SORT_VALUES, view.sort, listenerTieBreak),
    [allRows, view],
  );
  return {
    rows,
    total: allRows.length,
    isLoading: listeners.isPending,
    error: listeners.error,
    retry: () => void listeners.refetch(),
    sites: sites.data ?? [],
    sitesError: sites.error,
    retrySites: () => void sites.refetch(),
  };
}
