// The YAML tab: the editor (loaded on first use, with Monaco), an offer to convert v1alpha1, and the problems as a list.
import type { Problem, SiteSummary } from '@connector-console/model';
import {
  Alert,
  AlertActionLink,
  Content,
  HelperText,
  HelperTextItem,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { lazy, Suspense, useMemo, type Dispatch } from 'react';
import { TableSkeleton } from '../../shell/PageSkeleton.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import type { EditorAction } from '../state/editorReducer.ts';
import { connectorModelPath } from './modelPath.ts';
import { checkYaml } from './yamlMarkers.ts';

const YamlPane = lazy(() => import('./YamlPane.tsx'));

interface Props {
  text: string;
  site: SiteSummary | undefined;
  /** The stored connector's name, when editing one. */
  name: string | undefined;
  serverProblems: readonly Problem[];
  dispatch: Dispatch<EditorAction>;
}

const PROBLEMS_ID = 'connector-yaml-problems';

export function YamlView({ text, site, name, serverProblems, dispatch }: Props) {
  const check = useMemo(
    () =>
      checkYaml(
        text,
        { platform: site?.platform ?? 'kubernetes', namespace: site?.namespace },
        serverProblems,
      ),
    [text, site, serverProblems],
  );
  const { convertedText } = check;
  const listed = check.markers.filter((marker) => marker.severity !== 'info');

  return (
    <Stack hasGutter>
      {convertedText !== undefined && (
        <StackItem>
          <Alert
            isInline
            variant="info"
            title="This is a skupper.io/v1alpha1 connector"
            actionLinks={
              <AlertActionLink
                onClick={() => dispatch({ type: 'imported', text: convertedText, notices: check.conversion })}
              >
                Convert to skupper.io/v2alpha1
              </AlertActionLink>
            }
          >
            Current Skupper serves only skupper.io/v2alpha1. Converting renames the fields that changed and
            keeps your comments.
          </Alert>
        </StackItem>
      )}
      <StackItem>
        <RegionBoundary region="the YAML editor">
          <Suspense fallback={<TableSkeleton rows={12} />}>
            <YamlPane
              text={text}
              modelPath={connectorModelPath(site?.id, name)}
              markers={check.markers}
              onChange={(next) => dispatch({ type: 'yamlEdited', text: next })}
              label="Connector YAML. Press Control+M (Control+Shift+M on a Mac) to let Tab leave the editor."
            />
          </Suspense>
        </RegionBoundary>
      </StackItem>
      <StackItem>
        <Content component="small">
          Ctrl+Space suggests fields; hover a field to read what it does. Press Control+M (Control+Shift+M on
          a Mac) to let Tab move out of the editor.
        </Content>
      </StackItem>
      <StackItem>
        <section aria-labelledby={`${PROBLEMS_ID}-title`}>
          <Content component="h3" id={`${PROBLEMS_ID}-title`} className="pf-v6-screen-reader">
            Problems in the YAML
          </Content>
          {listed.length > 0 && (
            <HelperText id={PROBLEMS_ID}>
              {listed.map((marker) => (
                <HelperTextItem
                  key={`${marker.line}:${marker.column}:${marker.message}`}
                  variant={marker.severity === 'error' ? 'error' : 'warning'}
                >
                  Line {marker.line}: {marker.message}
                </HelperTextItem>
              ))}
            </HelperText>
          )}
        </section>
      </StackItem>
    </Stack>
  );
}
