// The connector editor's route: /connectors/new (optionally ?site=) and /sites/:site/connectors/:name/edit.
import { PageSection } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../api/http.ts';
import { connectorQuery, sitesQuery } from '../api/queries.ts';
import { ResourceNotFound } from '../shell/ResourceNotFound.tsx';
import { PageSkeleton } from '../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../shell/QueryErrorAlert.tsx';
import { mayCreate, refusalOf } from '../sites/siteAccess.ts';
import { ConnectorEditor } from './ConnectorEditor.tsx';
import { CreateRefused } from './CreateRefused.tsx';

export function EditorPage() {
  const { site, name } = useParams();
  return site !== undefined && name !== undefined ? (
    <EditConnectorPage key={`${site}/${name}`} siteId={site} name={name} />
  ) : (
    <CreateConnectorPage />
  );
}

function CreateConnectorPage() {
  const [params] = useSearchParams();
  const sites = useQuery(sitesQuery());
  if (sites.isPending) return <PageSkeleton label="Loading the editor" />;
  if (!sites.data) {
    return (
      <PageSection>
        <QueryErrorAlert what="the sites" error={sites.error} onRetry={() => void sites.refetch()} />
      </PageSection>
    );
  }
  const creatable = sites.data.filter(mayCreate);
  const asked = sites.data.find((site) => site.id === params.get('site'));
  const refusal = refusalOf(asked, 'create');
  if (refusal || creatable.length === 0) {
    return <CreateRefused refusal={refusal} otherSite={creatable.length > 0} />;
  }
  const site = asked ?? (creatable.length === 1 ? creatable[0] : undefined);
  // A link to another site's create page starts a new connector there, rather than keeping the last one's form.
  return (
    <ConnectorEditor key={params.get('site') ?? ''} opening={{ mode: 'create', site }} sites={sites.data} />
  );
}

function EditConnectorPage({ siteId, name }: { siteId: string; name: string }) {
  const sites = useQuery(sitesQuery());
  const connector = useQuery(connectorQuery(siteId, name));
  if (sites.isPending || connector.isPending) return <PageSkeleton label="Loading the connector" />;
  const site = sites.data?.find((candidate) => candidate.id === siteId);
  if (!connector.data) {
    if (isNotFound(connector.error))
      return <ResourceNotFound kind="Connector" name={name} siteName={site?.name ?? siteId} />;
    return (
      <PageSection>
        <QueryErrorAlert
          what={`connector ${name}`}
          error={connector.error}
          onRetry={() => void connector.refetch()}
        />
      </PageSection>
    );
  }
  if (!site) {
    return (
      <PageSection>
        <QueryErrorAlert
          what={`site ${siteId}`}
          error={sites.error ?? new Error(`The console has no site called ${siteId}.`)}
          onRetry={() => void sites.refetch()}
        />
      </PageSection>
    );
  }
  return (
    <ConnectorEditor
      opening={{
        mode: 'edit',
        site,
        resource: connector.data.resource,
        ...(connector.data.source === undefined ? {} : { source: connector.data.source }),
      }}
      sites={sites.data ?? []}
      live={{
        resource: connector.data.resource,
        deleted: isNotFound(connector.error),
        refetch: async () => (await connector.refetch()).data?.resource,
      }}
    />
  );
}
