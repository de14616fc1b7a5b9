// The router's last resort, e.g. when a page's code could not be downloaded after an update.
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
} from '@patternfly/react-core';
import { useRouteError } from 'react-router';

export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Something went wrong while showing this page.';
  return (
    <PageSection>
      <EmptyState status="danger" titleText="The console could not show this page" headingLevel="h1">
        <EmptyStateBody>
          {message} Reloading usually helps, for example after the console was updated.
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
