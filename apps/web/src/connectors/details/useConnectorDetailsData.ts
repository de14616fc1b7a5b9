// Everything the connector details page shows: the connector, its site, its status read for people, and its pods.
import { interpretStatus } from '@connector-console/model';
import { useQuery } from '@tanstack/react-query';
import { isNotFound } from '../../api/http.ts';
import { connectorQuery, podsQuery, sitesQuery } from '../../api/queries.ts';

export function useConnectorDetailsData(siteId: string, name: string, options: { wantPods: boolean }) {
  const connector = useQuery(connectorQuery(siteId, name));
  const sites = useQuery(sitesQuery());
  const site = sites.data?.find((candidate) => candidate.id === siteId);
  const entry = connector.data;
  const status = entry && interpretStatus(entry.resource, site ? { platform: site.platform } : {});
  const selector = entry?.resource.spec?.selector ?? '';
  const includeNotReady = entry?.resource.spec?.includeNotReadyPods === true;
  const pods = useQuery({
    ...podsQuery(siteId, selector, includeNotReady),
    enabled: options.wantPods && selector !== '' && site?.platform === 'kubernetes',
  });

  return {
    entry,
    status,
    site,
    siteName: (id: string) => sites.data?.find((candidate) => candidate.id === id)?.name ?? id,
    isLoading: connector.isPending,
    notFound: isNotFound(connector.error),
    error: connector.error,
    reload: () => connector.refetch(),
    pods: {
      items: pods.data,
      isLoading: pods.isFetching && !pods.data,
      error: pods.error,
      retry: () => void pods.refetch(),
    },
  };
}
