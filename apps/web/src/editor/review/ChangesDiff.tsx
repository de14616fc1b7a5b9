// What changes between two versions of a connector, server-owned fields hidden; Monaco loads only when shown.
import { Content, Stack, StackItem } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';
import { TableSkeleton } from '../../shell/PageSkeleton.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';

const DiffView = lazy(() => import('./DiffView.tsx'));

interface Props {
  original: string;
  modified: string;
  originalLabel: string;
  modifiedLabel: string;
  modelName: string;
}

export function ChangesDiff({ original, modified, originalLabel, modifiedLabel, modelName }: Props) {
  if (original === modified) {
    return <Content component="p">Nothing changes: both versions have the same fields and values.</Content>;
  }
  return (
    <Stack hasGutter>
      <StackItem>
        <Content component="p">
          Left: {originalLabel}. Right: {modifiedLabel}. Status and the server’s bookkeeping (resourceVersion,
          uid, generation, creationTimestamp, managedFields) are left out.
        </Content>
      </StackItem>
      <StackItem>
        <RegionBoundary region="the comparison">
          <Suspense fallback={<TableSkeleton rows={10} />}>
            <DiffView original={original} modified={modified} modelName={modelName} />
          </Suspense>
        </RegionBoundary>
      </StackItem>
    </Stack>
  );
}
