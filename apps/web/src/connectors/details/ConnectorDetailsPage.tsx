// One connector: its status in plain words, conditions, matching listeners, target, YAML, and edit/delete.
import { Breadcrumb, BreadcrumbItem, PageSection } from '@patternfly/react-core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../routePaths.ts';
import { PageSkeleton } from '../../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../../shell/QueryErrorAlert.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import { useSearchState } from '../../url/useSearchState.ts';
import { ResourceNotFound } from '../../shell/ResourceNotFound.tsx';
import { DeleteConnectorModal } from './DeleteConnectorModal.tsx';
import { DetailsHeader } from './DetailsHeader.tsx';
import { readDetailsState, writeDetailsState } from './detailsState.ts';
import { DetailsTabs } from './DetailsTabs.tsx';
import { useConnectorDetailsData } from './useConnectorDetailsData.ts';
import './details.css';

export function ConnectorDetailsPage() {
  const { site: siteId = '', name = '' } = useParams();
  const [state, update] = useSearchState(readDetailsState, writeDetailsState);
  const data = useConnectorDetailsData(siteId, name, { wantPods: state.tab === 'target' });
  const [deleting, setDeleting] = useState(false);
  const siteName = data.siteName(siteId);

  if (data.isLoading) return <PageSkeleton label="Loading the connector" />;
  if (data.notFound && !deleting)
    return <ResourceNotFound kind="Connector" name={name} siteName={siteName} />;
  if (!data.entry || !data.status) {
    return (
      <PageSection>
        {data.error && (
          <QueryErrorAlert what={`connector ${name}`} error={data.error} onRetry={() => void data.reload()} />
        )}
      </PageSection>
    );
  }
  const { entry, status } = data;

  return (
    <>
      <title>{`${name} · Connectors · Connector Console`}</title>
      <PageSection>
        <Breadcrumb className="pf-v6-u-mb-md">
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} to={routePaths.connectors()}>
                Connectors
              </Link>
            )}
          />
          <BreadcrumbItem isActive>{`${siteName} / ${name}`}</BreadcrumbItem>
        </Breadcrumb>
        <RegionBoundary region="the connector’s status">
          <DetailsHeader
            siteId={siteId}
            name={name}
            site={data.site}
            status={status}
            onDelete={() => setDeleting(true)}
          />
        </RegionBoundary>
        {data.error && (
          <QueryErrorAlert
            what="the latest version of this connector"
            error={data.error}
            onRetry={() => void data.reload()}
          />
        )}
      </PageSection>
      <PageSection>
        <DetailsTabs
          tab={state.tab}
          onSelect={(tab) => update({ tab })}
          entry={entry}
          status={status}
          site={data.site}
          siteName={data.siteName}
          pods={data.pods}
        />
      </PageSection>
      {deleting && (
        <DeleteConnectorModal
          site={siteId}
          siteName={siteName}
          name={name}
          routingKey={entry.resource.spec.routingKey}
          resourceVersion={entry.resource.metadata.resourceVersion}
          onClose={() => setDeleting(false)}
          onReload={data.reload}
        />
      )}
    </>
  );
}
