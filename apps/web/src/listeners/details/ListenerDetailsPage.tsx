// One listener: its status in plain words, its routing key and address, and every connector that serves it.
import { Breadcrumb, BreadcrumbItem, PageSection } from '@patternfly/react-core';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../routePaths.ts';
import { PageSkeleton } from '../../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../../shell/QueryErrorAlert.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import { ListenerHeader } from './ListenerHeader.tsx';
import { ListenerMatching } from './ListenerMatching.tsx';
import { ResourceNotFound } from '../../shell/ResourceNotFound.tsx';
import { useListenerDetailsData } from './useListenerDetailsData.ts';
import '../../connectors/details/details.css';

export function ListenerDetailsPage() {
  const { site: siteId = '', name = '' } = useParams();
  const data = useListenerDetailsData(siteId, name);
  const siteName = data.siteName(siteId);

  if (data.isLoading) return <PageSkeleton label="Loading the listener" />;
  if (data.notFound) return <ResourceNotFound kind="Listener" name={name} siteName={siteName} />;
  if (!data.entry || !data.status) {
    return (
      <PageSection>
        {data.error && (
          <QueryErrorAlert what={`listener ${name}`} error={data.error} onRetry={() => void data.reload()} />
        )}
      </PageSection>
    );
  }
  const { entry, status } = data;

  return (
    <>
      <title>{`${name} · Listeners · Connector Console`}</title>
      <PageSection>
        <Breadcrumb className="pf-v6-u-mb-md">
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} to={routePaths.listeners()}>
                Listeners
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{`${siteName} / ${name}`}</BreadcrumbItem>
        </Breadcrumb>
        <RegionBoundary region="the listener’s status">
          <ListenerHeader siteId={siteId} listener={entry.resource} site={data.site} status={status} />
        </RegionBoundary>
        {data.error && (
          <QueryErrorAlert
            what="the latest version of this listener"
            error={data.error}
            onRetry={() => void data.reload()}
          />
        )}
      </PageSection>
      <PageSection>
        <RegionBoundary region="the connectors that match this listener">
          <ListenerMatching matching={entry.matching} siteName={data.siteName} />
        </RegionBoundary>
      </PageSection>
    </>
  );
}
