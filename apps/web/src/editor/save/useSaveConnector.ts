// Saves the reviewed connector; then tells the person, updates the cache and opens the connector (Kubernetes).
import type { Connector, SiteSummary, WriteAnswer } from '@connector-console/model';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Dispatch } from 'react';
import { useNavigate } from 'react-router';
import { writeConnector } from '../../api/connectorsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { routePaths } from '../../routePaths.ts';
import { useToasts } from '../../shell/toasts/toastContext.ts';
import type { EditorAction } from '../state/editorReducer.ts';
import type { EditorState } from '../state/editorState.ts';
import { writeFailure } from '../state/writeFailure.ts';
import { fetchCurrent } from './useDryRun.ts';

/**
 * The details page shows the saved connector at once, or (without a matching answer) fetches it when it opens;
 * the live stream brings anything newer.
 */
function remember(client: QueryClient, answer: WriteAnswer, name: string): void {
  const key = queryKeys.connectors.detail(answer.site, name);
  if (answer.matching)
    client.setQueryData(key, { site: answer.site, resource: answer.resource, matching: answer.matching });
  else void client.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
}

export function useSaveConnector(
  state: EditorState,
  dispatch: Dispatch<EditorAction>,
  site: SiteSummary | undefined,
  /** Lets the next navigation pass the unsaved-changes guard. */
  allowLeaving: () => void,
): () => Promise<void> {
  const client = useQueryClient();
  const toast = useToasts();
  const navigate = useNavigate();

  return async () => {
    const { stage, mode, text } = state;
    if (stage.kind !== 'reviewing' || stage.dryRun.state !== 'passed' || !site) return;
    const name = mode === 'edit' ? state.baseline.resource?.metadata.name : undefined;
    dispatch({ type: 'saveStarted' });
    let answer: WriteAnswer;
    try {
      answer = await writeConnector({ site: site.id, name, yaml: text, dryRun: false });
    } catch (error) {
      const failure = writeFailure(error, mode);
      if (failure.kind === 'refused') dispatch({ type: 'saveFailed', ...failure });
      else if (name !== undefined) {
        const current: Connector | undefined = failure.current ?? (await fetchCurrent(site.id, name));
        dispatch({ type: 'conflictFound', current });
      }
      return;
    }
    const savedName = answer.resource.metadata.name ?? name ?? '';
    dispatch({ type: 'saved', resource: answer.resource });
    remember(client, answer, savedName);
    toast({
      variant: 'success',
      title: `Connector ${savedName} ${mode === 'create' ? 'created' : 'saved'}`,
      description: `In site ${site.name}.`,
    });
    // A local site takes the change up on reload: the editor stays to offer that.
    if (site.kind === 'system') return;
    allowLeaving();
    void navigate(routePaths.connector(site.id, savedName));
  };
}
