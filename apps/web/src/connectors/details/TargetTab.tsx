// Where a connector sends traffic: a Kubernetes selector and the pods it matches now, or a host and port.
import type { ConnectorSpec, PodSummary, SiteSummary } from '@connector-console/model';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { TableSkeleton } from '../../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../../shell/QueryErrorAlert.tsx';
import { PodsTable } from './PodsTable.tsx';

interface Props {
  spec: ConnectorSpec;
  site: SiteSummary | undefined;
  pods: { items: PodSummary[] | undefined; isLoading: boolean; error: Error | null; retry: () => void };
}

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

export function TargetTab({ spec, site, pods }: Props) {
  const showsPods = Boolean(spec.selector) && site?.platform === 'kubernetes';
  return (
    <Stack hasGutter>
      <StackItem>
        <DescriptionList isHorizontal isCompact>
          {spec.selector && <Field term="Pod selector">{spec.selector}</Field>}
          {spec.host && <Field term="Host">{spec.host}</Field>}
          <Field term="Port">{spec.port}</Field>
          {spec.selector && (
            <Field term="Includes pods that are not ready">{spec.includeNotReadyPods ? 'Yes' : 'No'}</Field>
          )}
          {!spec.selector && !spec.host && <Field term="Target">None: set a selector or a host.</Field>}
        </DescriptionList>
      </StackItem>
      {showsPods && (
        <StackItem>
          <Title headingLevel="h2" size="lg">
            Pods matched now
          </Title>
          {pods.error ? (
            <QueryErrorAlert what="the pods" error={pods.error} onRetry={pods.retry} />
          ) : pods.isLoading || !pods.items ? (
            <TableSkeleton rows={3} />
          ) : (
            <PodsTable pods={pods.items} />
          )}
        </StackItem>
      )}
    </Stack>
  );
}
