// The top of the editor: where it is, what is edited, and what the person should know about the site.
import { PLATFORM_LABELS, type SiteSummary } from '@connector-console/model';
import { Alert, Breadcrumb, BreadcrumbItem, Content, Title } from '@patternfly/react-core';
import { Link } from 'react-router';
import { routePaths } from '../routePaths.ts';

interface Props {
  mode: 'create' | 'edit';
  name: string | undefined;
  site: SiteSummary | undefined;
}

export function EditorHeader({ mode, name, site }: Props) {
  const title = mode === 'create' ? 'Create a connector' : `Edit connector ${name ?? ''}`;
  return (
    <>
      <title>{`${title} · Connector Console`}</title>
      <Breadcrumb className="pf-v6-u-mb-md">
        <BreadcrumbItem
          render={({ className }) => (
            <Link className={className} to={routePaths.connectors()}>
              Connectors
            </Link>
          )}
        />
        {mode === 'edit' && site && name && (
          <BreadcrumbItem
            render={({ className }) => (
              <Link className={className} to={routePaths.connector(site.id, name)}>
                {`${site.name} / ${name}`}
              </Link>
            )}
          />
        )}
        <BreadcrumbItem isActive>{mode === 'create' ? 'Create' : 'Edit'}</BreadcrumbItem>
      </Breadcrumb>
      <Title headingLevel="h1">{title}</Title>
      {site && (
        <Content component="p">
          In site {site.name} · {PLATFORM_LABELS[site.platform]} · namespace {site.namespace}
        </Content>
      )}
      {site?.readOnly && (
        <Alert
          isInline
          variant="danger"
          title="The console may not change connectors in this site"
          className="pf-v6-u-mt-md"
        >
          You can look at the connector here, but saving will be refused.
        </Alert>
      )}
      {site && !site.statusLive && (
        <Alert
          isInline
          variant="info"
          title="Status on this site is not kept current"
          className="pf-v6-u-mt-md"
        >
          No controller watches this site, so a saved change takes effect, and its status changes, only when
          the site is reloaded. After saving you can apply it to the site.
        </Alert>
      )}
    </>
  );
}
