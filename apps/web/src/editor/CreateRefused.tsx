// Shown instead of a form that could not be saved: the person may not create a connector in the site asked for.
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  PageSection,
} from '@patternfly/react-core';
import LockIcon from '@patternfly/react-icons/dist/esm/icons/lock-icon';
import { routePaths } from '../routePaths.ts';
import { LinkButton } from '../shell/LinkButton.tsx';
import type { Refusal } from '../sites/siteAccess.ts';

interface Props {
  /** Why the site asked for refuses; absent when no site at all accepts a new connector. */
  refusal: Refusal | undefined;
  /** Some other site accepts new connectors. */
  otherSite: boolean;
}

export function CreateRefused({ refusal, otherSite }: Props) {
  const title = refusal
    ? 'You cannot create a connector in this site'
    : 'No site accepts a new connector from you';
  return (
    <PageSection>
      <title>{`${title} · Connector Console`}</title>
      <EmptyState titleText={title} headingLevel="h1" icon={LockIcon}>
        <EmptyStateBody>
          {refusal?.message ?? 'None of the configured sites lets you create connectors.'}{' '}
          {refusal?.cause === 'read-only'
            ? 'The console’s administrator can give its credentials the rights.'
            : 'A cluster administrator can give your account the rights.'}
        </EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            {otherSite && <LinkButton to={routePaths.newConnector()}>Choose another site</LinkButton>}
            <LinkButton to={routePaths.connectors()} variant={otherSite ? 'link' : 'primary'}>
              Back to connectors
            </LinkButton>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </PageSection>
  );
}
