// Shown when a connector's page is opened for a connector the site does not have (any more).
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
} from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { routePaths } from '../../routePaths.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';

export function ConnectorNotFound({ name, siteName }: { name: string; siteName: string }) {
  return (
    <PageSection>
      <title>Connector not found · Connector Console</title>
      <EmptyState titleText={`Connector ${name} was not found`} headingLevel="h1" icon={SearchIcon}>
        <EmptyStateBody>
          Site {siteName} has no connector with this name. It may have been deleted, or the link is mistyped.
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <LinkButton to={routePaths.connectors()}>Go to connectors</LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
