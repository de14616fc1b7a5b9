// Shown when a page is opened for a connector or listener the site does not have (any more).
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
} from '@patternfly/react-core';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import { routePaths } from '../routePaths.ts';
import { LinkButton } from './LinkButton.tsx';

const LISTS = {
  Connector: { path: routePaths.connectors(), label: 'Go to connectors' },
  Listener: { path: routePaths.listeners(), label: 'Go to listeners' },
} as const;

interface Props {
  kind: keyof typeof LISTS;
  name: string;
  siteName: string;
}

export function ResourceNotFound({ kind, name, siteName }: Props) {
  const list = LISTS[kind];
  return (
    <PageSection>
      <title>{`${kind} not found · Connector Console`}</title>
      <EmptyState titleText={`${kind} ${name} was not found`} headingLevel="h1" icon={SearchIcon}>
        <EmptyStateBody>
          Site {siteName} has no {kind.toLowerCase()} with this name. It may have been deleted, or the link is
          mistyped.
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <LinkButton to={list.path}>{list.label}</LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
