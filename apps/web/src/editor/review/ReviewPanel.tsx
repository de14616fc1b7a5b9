// The review before a save: what will change, what the site's dry run said, then Save.
import { toValue } from '@connector-console/model';
import { Button, Flex, Stack, StackItem, Title } from '@patternfly/react-core';
import { useMemo } from 'react';
import type { EditorState } from '../state/editorState.ts';
import { reviewText } from '../state/serverOwned.ts';
import { ChangesDiff } from './ChangesDiff.tsx';
import { DryRunResult } from './DryRunResult.tsx';

interface Props {
  state: EditorState;
  siteName: string;
  onSave: () => void;
  onBack: () => void;
}

export function ReviewPanel({ state, siteName, onSave, onBack }: Props) {
  const { stage, baseline, mode } = state;
  const original = useMemo(() => reviewText(baseline.resource), [baseline.resource]);
  const modified = useMemo(() => reviewText(state.doc ? toValue(state.doc) : undefined), [state.doc]);
  if (stage.kind !== 'reviewing' && stage.kind !== 'saving') return null;
  const saving = stage.kind === 'saving';
  const dryRun = stage.kind === 'reviewing' ? stage.dryRun : undefined;
  const version = baseline.resource?.metadata.resourceVersion;

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">Review {mode === 'create' ? 'the new connector' : 'your changes'}</Title>
      </StackItem>
      {dryRun && (
        <StackItem>
          <DryRunResult dryRun={dryRun} siteName={siteName} onFix={onBack} />
        </StackItem>
      )}
      <StackItem>
        <ChangesDiff
          original={original}
          modified={modified}
          originalLabel={
            mode === 'create'
              ? 'nothing yet'
              : `the connector as stored${version ? ` (version ${version})` : ''}`
          }
          modifiedLabel="what will be saved"
          modelName={`review/${encodeURIComponent(siteName)}/${state.mode}`}
        />
      </StackItem>
      <StackItem>
        <Flex>
          <Button
            variant="primary"
            onClick={onSave}
            isDisabled={dryRun?.state !== 'passed' && !saving}
            isLoading={saving}
          >
            {mode === 'create' ? 'Create connector' : 'Save changes'}
          </Button>
          <Button variant="link" onClick={onBack} isDisabled={saving}>
            Back to editing
          </Button>
        </Flex>
      </StackItem>
    </Stack>
  );
}
