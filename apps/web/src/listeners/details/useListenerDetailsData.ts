// What the listener details page shows: the listener with its full matching answer, its site, its status.
import { interpretStatus } from '@connector-console/model';
import { useQuery } from '@tanstack/react-query';
import { isNotFound } from '../../api/http.ts';
import { listenerQuery, sitesQuery } from '../../api/queries.ts';

export function useListenerDetailsData(siteId: string, name: string) {
  const listener = useQuery(listenerQuery(siteId, name));
  const sites = useQuery(sitesQuery());
  const site = sites.data?.find((candidate) => candidate.id === siteId);
  const entry = listener.data;
  const status = entry && interpretStatus(entry.resource, site ? { platform: site.platform } : {});

  return {
    entry,
    status,
    site,
    siteName: (id: string) => sites.data?.find((candidate) => candidate.id === id)?.name ?? id,
    isLoading: listener.isPending,
    notFound: isNotFound(listener.error),
    error: listener.error,
    reload: () => listener.refetch(),
  };
}
