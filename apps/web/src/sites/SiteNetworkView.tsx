// One site's network view, or why there is none to show.
import { Content } from '@patternfly/react-core';
import { TableSkeleton } from '../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../shell/QueryErrorAlert.tsx';
import { NetworkViewTable } from './NetworkViewTable.tsx';
import type { SiteResourceState } from './useSitesData.ts';

export function SiteNetworkView({ siteName, state }: { siteName: string; state: SiteResourceState }) {
  const network = state.resource?.status?.network;
  if (network) return <NetworkViewTable siteName={siteName} network={network} />;
  if (state.isLoading) return <TableSkeleton rows={2} />;
  if (state.error)
    return <QueryErrorAlert what="this site’s Site resource" error={state.error} onRetry={state.retry} />;
  if (state.resource) {
    return <Content component="p">The site’s Site resource carries no network view yet.</Content>;
  }
  return (
    <Content component="p">
      No Site resource has been received for this site yet. The network view appears here as soon as the
      controller reports it.
    </Content>
  );
}
