// The connector changed since the edit began: compare, then reload (discarding the edit) or overwrite after review.
import { toValue, type Connector } from '@connector-console/model';
import { Alert, Button, Flex, Stack, StackItem, Title } from '@patternfly/react-core';
import { useMemo } from 'react';
import { isTextValid, type EditorState } from '../state/editorState.ts';
import { reviewText } from '../state/serverOwned.ts';
import { ChangesDiff } from './ChangesDiff.tsx';

interface Props {
  state: EditorState;
  name: string;
  /** How the connector is stored now; absent while it is being fetched, or when it could not be. */
  current: Connector | undefined;
  onReload: () => void;
  onOverwrite: (current: Connector) => void;
  onBack: () => void;
}

export function ConflictPanel({ state, name, current, onReload, onOverwrite, onBack }: Props) {
  const theirs = useMemo(() => reviewText(current), [current]);
  const mine = useMemo(() => reviewText(state.doc ? toValue(state.doc) : undefined), [state.doc]);
  const refused = state.stage.kind === 'conflict' && state.stage.cause === 'save';
  const version = current?.metadata.resourceVersion;

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">Connector {name} changed since you opened it</Title>
      </StackItem>
      <StackItem>
        <Alert
          isInline
          variant="warning"
          title={refused ? 'Your changes were not saved' : 'Someone else saved a newer version'}
        >
          {refused
            ? 'The site refused the save because the connector was changed by someone else in the meantime. '
            : ''}
          Your edit is kept: nothing is lost. Compare the two, then reload the current version (discarding
          your edit), or make your edit apply to the current version and review it again before it overwrites
          theirs.
        </Alert>
      </StackItem>
      <StackItem>
        {current ? (
          <ChangesDiff
            original={theirs}
            modified={mine}
            originalLabel={`as stored now${version ? ` (version ${version})` : ''}`}
            modifiedLabel="your edit"
            modelName={`conflict/${encodeURIComponent(name)}`}
          />
        ) : (
          <Alert
            isInline
            isPlain
            variant="info"
            title="The current version could not be read; reload to see it."
          />
        )}
      </StackItem>
      <StackItem>
        <Flex>
          <Button
            variant="primary"
            isDisabled={!current || !isTextValid(state)}
            onClick={() => current && onOverwrite(current)}
          >
            Overwrite after review
          </Button>
          <Button variant="danger" onClick={onReload}>
            Reload (discard mine)
          </Button>
          <Button variant="link" onClick={onBack}>
            Back to my edit
          </Button>
        </Flex>
      </StackItem>
    </Stack>
  );
}
