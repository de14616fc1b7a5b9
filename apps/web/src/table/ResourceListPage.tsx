// The frame every list page shares: heading, the sites' health banners, toolbar, a refresh error, and the body.
import { Content, PageSection, Title } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { SiteSummary } from '@connector-console/model';
import { TableSkeleton } from '../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../shell/QueryErrorAlert.tsx';
import { RegionBoundary } from '../shell/RegionBoundary.tsx';
import { SiteBanners } from '../sites/SiteBanners.tsx';

export interface ListPageData {
  isLoading: boolean;
  sites: readonly SiteSummary[];
  sitesError: Error | null;
  retrySites: () => void;
  error: Error | null;
  total: number;
  retry: () => void;
}

interface Props {
  /** Plural noun in lower case, e.g. `connectors`. */
  noun: string;
  title: string;
  description: string;
  data: ListPageData;
  toolbar: ReactNode;
  /** The list itself, or its empty state; shown once the first load has succeeded. */
  children: () => ReactNode;
}

function listBody(noun: string, data: ListPageData, children: () => ReactNode): ReactNode {
  if (data.isLoading) return <TableSkeleton />;
  if (data.error && data.total === 0)
    return <QueryErrorAlert what={noun} error={data.error} onRetry={data.retry} />;
  return children();
}

export function ResourceListPage({ noun, title, description, data, toolbar, children }: Props) {
  return (
    <>
      <title>{`${title} · Connector Console`}</title>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
        <Content component="p">{description}</Content>
      </PageSection>
      <PageSection>
        <RegionBoundary region="the sites’ health">
          <SiteBanners sites={data.sites} error={data.sitesError} onRetry={data.retrySites} />
        </RegionBoundary>
        <RegionBoundary region={`the ${noun.replace(/s$/, '')} list`}>
          {toolbar}
          {data.error && data.total > 0 && (
            <QueryErrorAlert what={`the latest ${noun}`} error={data.error} onRetry={data.retry} />
          )}
          {listBody(noun, data, children)}
        </RegionBoundary>
      </PageSection>
    </>
  );
}
