// The top of the editor: where it is, what is edited, and what the person should know about the site.
import { PLATFORM_LABELS, type SiteSummary } from '@connector-console/model';
import { Alert, Breadcrumb, BreadcrumbItem, Content, Title } from '@patternfly/react-core';
import { Link } from 'react-router';
import { routePaths } from '../routePaths.ts';
import type { Refusal } from '../sites/siteAccess.ts';

interface Props {
  mode: 'create' | 'edit';
  name: string | undefined;
  site: SiteSummary | undefined;
  /** Why this connector cannot be saved in its site, when it cannot. */
  refusal: Refusal | undefined;
}

export function EditorHeader({ mode, name, site, refusal }: Props) {
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
      {refusal && (
        <Alert
          isInline
          variant="warning"
          title={
            mode === 'edit'
              ? 'Read-only: you cannot save changes to this connector'
              : 'You cannot create a connector in this site'
          }
          className="pf-v6-u-mt-md"
        >
          {refusal.message}{' '}
          {mode === 'edit'
            ? 'You can look at the connector and its YAML here, but saving is turned off.'
            : 'Choose another site to save the connector.'}
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
