// Shown when a listener's page is opened for a listener the site does not have (any more).
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

export function ListenerNotFound({ name, siteName }: { name: string; siteName: string }) {
  return (
    <PageSection>
      <title>Listener not found · Connector Console</title>
      <EmptyState titleText={`Listener ${name} was not found`} headingLevel="h1" icon={SearchIcon}>
        <EmptyStateBody>
          Site {siteName} has no listener with this name. It may have been deleted, or the link is mistyped.
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <LinkButton to={routePaths.listeners()}>Go to listeners</LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
