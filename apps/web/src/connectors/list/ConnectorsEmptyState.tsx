// What the connector list says when there is nothing to show: how to create one, or how to undo the filters.
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import CubesIcon from '@patternfly/react-icons/dist/esm/icons/cubes-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { routePaths } from '../../routePaths.ts';

/** `canCreate` is undefined while the sites are not known yet: neither the action nor the refusal is shown. */
export function NoConnectors({ canCreate }: { canCreate: boolean | undefined }) {
  return (
    <EmptyState titleText="No connectors yet" headingLevel="h2" icon={CubesIcon}>
      <EmptyStateBody>
        A connector makes a workload in one site reachable across the network under a routing key. Listeners
        with the same routing key in other sites then reach it.
        {canCreate === false &&
          ' No site you can see lets you create connectors: ask the site’s administrator for the rights.'}
      </EmptyStateBody>
      {canCreate === true && (
        <EmptyStateFooter>
          <EmptyStateActions>
            <LinkButton to={routePaths.newConnector()}>Create connector</LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}

export function NoMatchingConnectors({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState titleText="No connectors match these filters" headingLevel="h2" icon={SearchIcon}>
      <EmptyStateBody>Change the filters, or clear them to see every connector.</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear}>
            Clear all filters
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
}
