// Shown for a URL the console does not know.
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
} from '@patternfly/react-core';
import { routePaths } from '../routePaths.ts';
import { LinkButton } from './LinkButton.tsx';

export function NotFoundPage() {
  return (
    <PageSection>
      <title>Page not found · Connector Console</title>
      <EmptyState titleText="This page does not exist" headingLevel="h1">
        <EmptyStateBody>The address may be mistyped, or the page moved.</EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <LinkButton to={routePaths.connectors()}>Go to connectors</LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
