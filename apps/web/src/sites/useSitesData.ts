// Everything the sites page shows: each site's health, and its Site resource (the controller's network view).
import type { Site, SiteSummary } from '@connector-console/model';
import { useQueries, useQuery } from '@tanstack/react-query';
import { isNotFound } from '../api/http.ts';
import { siteResourceQuery, sitesQuery } from '../api/queries.ts';
import { mayRead } from './siteAccess.ts';

export interface SiteResourceState {
  resource: Site | null | undefined;
  isLoading: boolean;
  /** The server has no Site resource for this site (yet); live changes fill it in when one appears. */
  missing: boolean;
  error: Error | null;
  retry: () => void;
}

export interface SiteWithResource {
  summary: SiteSummary;
  siteResource: SiteResourceState;
}

export function useSitesData() {
  const sites = useQuery(sitesQuery());
  const list = sites.data ?? [];
  // A site the person may not read has no network view to fetch: its card says so instead.
  const resources = useQueries({
    queries: list.map((site) => ({ ...siteResourceQuery(site.id), enabled: mayRead(site) })),
  });
  const items: SiteWithResource[] = list.map((summary, index) => {
    const query = resources[index];
    const missing = isNotFound(query?.error) && !query?.data;
    return {
      summary,
      siteResource: {
        resource: query?.data,
        isLoading: query?.isPending === true && query.fetchStatus !== 'idle',
        missing,
        error: missing ? null : (query?.error ?? null),
        retry: () => void query?.refetch(),
      },
    };
  });
  return { items, isLoading: sites.isPending, error: sites.error, retry: () => void sites.refetch() };
}
