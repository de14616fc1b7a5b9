// The YAML tab: the connector as the site stores it, without managedFields, in a read-only editor.
import type { Connector } from '@connector-console/model';
import { Content, Stack, StackItem } from '@patternfly/react-core';
import { lazy, Suspense, useMemo } from 'react';
import { TableSkeleton } from '../../shell/PageSkeleton.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import { connectorYamlView } from './yamlView.ts';

const ReadOnlyYaml = lazy(() => import('./ReadOnlyYaml.tsx'));

export function YamlTab({ resource, modelName }: { resource: Connector; modelName: string }) {
  const view = useMemo(() => connectorYamlView(resource), [resource]);
  return (
    <Stack hasGutter>
      {view.hiddenManagedFields > 0 && (
        <StackItem>
          <Content component="p">
            metadata.managedFields ({view.hiddenManagedFields} entries the server keeps for itself) is left
            out.
          </Content>
        </StackItem>
      )}
      <StackItem>
        <RegionBoundary region="the YAML view">
          <Suspense fallback={<TableSkeleton rows={10} />}>
            <ReadOnlyYaml text={view.text} modelName={modelName} />
          </Suspense>
        </RegionBoundary>
      </StackItem>
    </Stack>
  );
}
