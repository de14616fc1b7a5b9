// Runs the server's dry run for each review the person starts, and hands its answer to the editor's reducer.
import type { Connector } from '@connector-console/model';
import { useEffect, type Dispatch } from 'react';
import { fetchConnector, writeConnector } from '../../api/connectorsApi.ts';
import type { EditorAction } from '../state/editorReducer.ts';
import type { EditorState } from '../state/editorState.ts';
import { writeFailure } from '../state/writeFailure.ts';

/** The stored connector, when a conflict answer did not carry it. */
export function fetchCurrent(site: string, name: string): Promise<Connector | undefined> {
  return fetchConnector(site, name).then(
    (entry) => entry.resource,
    () => undefined,
  );
}

export function useDryRun(state: EditorState, dispatch: Dispatch<EditorAction>): void {
  const { stage, text, mode } = state;
  const run = stage.kind === 'reviewing' && stage.dryRun.state === 'running' ? stage.run : undefined;
  const site = state.site?.id;
  const name = mode === 'edit' ? state.baseline.resource?.metadata.name : undefined;

  useEffect(() => {
    if (run === undefined || site === undefined) return;
    const controller = new AbortController();
    const check = async () => {
      try {
        const answer = await writeConnector({
          site,
          name,
          yaml: text,
          dryRun: true,
          signal: controller.signal,
        });
        dispatch({ type: 'dryRunFinished', run, result: { state: 'passed', warnings: answer.warnings } });
      } catch (error) {
        if (controller.signal.aborted) return;
        const failure = writeFailure(error, mode);
        if (failure.kind === 'conflict' && name !== undefined) {
          dispatch({ type: 'conflictFound', current: failure.current ?? (await fetchCurrent(site, name)) });
        } else if (failure.kind === 'refused') {
          dispatch({ type: 'dryRunFinished', run, result: { state: 'failed', ...failure } });
        }
      }
    };
    void check();
    return () => controller.abort();
  }, [run, site, name, text, mode, dispatch]);
}
