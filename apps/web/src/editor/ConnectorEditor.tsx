// One open editor: its state machine, the stage it is in (editing, review, conflict, saved), and its guards.
import type { Connector, SiteSummary } from '@connector-console/model';
import { PageSection } from '@patternfly/react-core';
import { useReducer } from 'react';
import { useNavigate } from 'react-router';
import { routePaths } from '../routePaths.ts';
import { refusalOf } from '../sites/siteAccess.ts';
import { EditingView } from './EditingView.tsx';
import { EditorHeader } from './EditorHeader.tsx';
import { useFormModel } from './form/useFormModel.ts';
import { ChangedBanner } from './review/ChangedBanner.tsx';
import { ConflictPanel } from './review/ConflictPanel.tsx';
import { ReviewPanel } from './review/ReviewPanel.tsx';
import { SavedPanel } from './review/SavedPanel.tsx';
import { LeaveModal } from './save/LeaveModal.tsx';
import { useDryRun } from './save/useDryRun.ts';
import { useLeaveGuard } from './save/useLeaveGuard.ts';
import { useSaveConnector } from './save/useSaveConnector.ts';
import { useSaveShortcut } from './save/useSaveShortcut.ts';
import { editorReducer } from './state/editorReducer.ts';
import { createEditorState, editEditorState, hasUnsavedChanges } from './state/editorState.ts';
import { readEditorView } from './state/viewPreference.ts';
import './editor.css';

export type EditorOpening =
  | { mode: 'create'; site?: SiteSummary }
  | { mode: 'edit'; site: SiteSummary; resource: Connector; source?: string };

/** The stored connector as live updates keep it, while editing one. */
export interface LiveConnector {
  resource: Connector | undefined;
  deleted: boolean;
  refetch: () => Promise<Connector | undefined>;
}

interface Props {
  opening: EditorOpening;
  sites: readonly SiteSummary[];
  live?: LiveConnector;
}

function openEditor(opening: EditorOpening) {
  const view = readEditorView(window.localStorage);
  return opening.mode === 'edit'
    ? editEditorState(opening.site, opening.resource, view, opening.source)
    : createEditorState(opening.site, view);
}

export function ConnectorEditor({ opening, sites, live }: Props) {
  const [state, dispatch] = useReducer(editorReducer, opening, openEditor);
  const { stage, baseline } = state;
  // The chosen site as the server reports it now (health, statusLive), falling back to how it was chosen.
  const site = sites.find((candidate) => candidate.id === state.site?.id) ?? state.site;
  const name = baseline.resource?.metadata.name;
  const refusal = refusalOf(site, state.mode === 'create' ? 'create' : 'update');
  const model = useFormModel(state);
  const guard = useLeaveGuard(hasUnsavedChanges(state));
  const navigate = useNavigate();
  useDryRun(state, dispatch);
  const save = useSaveConnector(state, dispatch, site, guard.allowLeaving);
  const review = () => {
    if (stage.kind === 'editing' && !refusal) dispatch({ type: 'reviewRequested' });
  };
  useSaveShortcut(review);

  const liveResource = live?.resource;
  const newer =
    liveResource && liveResource.metadata.resourceVersion !== baseline.resource?.metadata.resourceVersion
      ? liveResource
      : undefined;
  const showChanged =
    (newer !== undefined || live?.deleted === true) &&
    (stage.kind === 'editing' || stage.kind === 'reviewing');
  const conflictCurrent = stage.kind === 'conflict' ? stage.current : undefined;
  const reload = async () => {
    const resource = conflictCurrent ?? newer ?? (await live?.refetch());
    if (resource) dispatch({ type: 'reloaded', resource });
  };
  const back = () => dispatch({ type: 'editingResumed' });

  return (
    <>
      <PageSection>
        <EditorHeader mode={state.mode} name={name} site={site} refusal={refusal} />
        {showChanged && (
          <div className="pf-v6-u-mt-md">
            <ChangedBanner
              version={newer?.metadata.resourceVersion}
              deleted={live?.deleted === true}
              onReload={() => void reload()}
              onCompare={() => newer && dispatch({ type: 'compareOpened', current: newer })}
            />
          </div>
        )}
      </PageSection>
      <PageSection>
        {stage.kind === 'editing' && (
          <EditingView
            state={state}
            model={model}
            sites={sites}
            dispatch={dispatch}
            saveRefused={refusal !== undefined}
            onReview={review}
            onCancel={() =>
              void navigate(site && name ? routePaths.connector(site.id, name) : routePaths.connectors())
            }
          />
        )}
        {(stage.kind === 'reviewing' || stage.kind === 'saving') && (
          <ReviewPanel state={state} siteName={site?.name ?? ''} onSave={() => void save()} onBack={back} />
        )}
        {stage.kind === 'conflict' && (
          <ConflictPanel
            state={state}
            name={name ?? ''}
            current={conflictCurrent}
            onReload={() => void reload()}
            onOverwrite={(current) => dispatch({ type: 'rebased', current })}
            onBack={back}
          />
        )}
        {/* Kubernetes saves go straight to the connector's page; local sites stay here to be applied. */}
        {stage.kind === 'saved' && site?.kind === 'system' && (
          <SavedPanel site={site} name={stage.resource.metadata.name ?? name ?? ''} />
        )}
      </PageSection>
      <LeaveModal blocker={guard.blocker} />
    </>
  );
}
