// Banners over a list for each site that is down or stale, so missing rows are explained where they are missed.
import type { SiteSummary } from '@connector-console/model';
import { Alert, Stack, StackItem } from '@patternfly/react-core';
import { QueryErrorAlert } from '../shell/QueryErrorAlert.tsx';
import { siteBanners } from './siteHealth.ts';

interface Props {
  sites: readonly SiteSummary[];
  error?: Error | null;
  onRetry?: () => void;
}

export function SiteBanners({ sites, error, onRetry }: Props) {
  const banners = siteBanners(sites);
  if (banners.length === 0 && !error) return null;
  return (
    <Stack hasGutter className="pf-v6-u-mb-md">
      {error && (
        <StackItem>
          <QueryErrorAlert what="the sites’ health" error={error} onRetry={onRetry} />
        </StackItem>
      )}
      {banners.map((banner) => (
        <StackItem key={banner.site}>
          <Alert isInline variant={banner.variant} title={banner.title}>
            {banner.detail}
          </Alert>
        </StackItem>
      ))}
    </Stack>
  );
}
