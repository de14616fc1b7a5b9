// Everything the connector list shows: rows filtered and sorted per the URL, site health, and load state.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { connectorsQuery, sitesQuery } from '../../api/queries.ts';
import { mayCreateAnywhere } from '../../sites/siteAccess.ts';
import { sortRows } from '../../table/sorting.ts';
import type { ConnectorListState } from './connectorListState.ts';
import {
  CONNECTOR_SORT_VALUES,
  connectorTieBreak,
  filterConnectorRows,
  toConnectorRows,
} from './connectorRows.ts';

export function useConnectorsData(state: ConnectorListState) {
  const connectors = useQuery(connectorsQuery());
  const sites = useQuery(sitesQuery());
  const siteNames = useMemo(
    () => new Map((sites.data ?? []).map((site) => [site.id, site.name])),
    [sites.data],
  );
  const allRows = useMemo(
    () => toConnectorRows(connectors.data ?? [], siteNames),
    [connectors.data, siteNames],
  );
  // Typing in the filter stays responsive with ten thousand rows: the table follows a moment later.
  const view = useDeferredValue(state);
  const rows = useMemo(
    () => sortRows(filterConnectorRows(allRows, view), CONNECTOR_SORT_VALUES, view.sort, connectorTieBreak),
    [allRows, view],
  );
  return {
    rows,
    total: allRows.length,
    isLoading: connectors.isPending,
    error: connectors.error,
    retry: () => void connectors.refetch(),
    sites: sites.data ?? [],
    /** Whether some site would accept a new connector; undefined until the sites are known. */
    canCreate: sites.data ? mayCreateAnywhere(sites.data) : undefined,
    sitesError: sites.error,
    retrySites: () => void sites.refetch(),
  };
}
