// The editor's one reducer: document edits and the save flow, each handled by its own pure part.
import { documentReducer, type DocumentAction } from './documentReducer.ts';
import type { EditorState } from './editorState.ts';
import { stageReducer, type StageAction } from './stageReducer.ts';

export type EditorAction = DocumentAction | StageAction;

const STAGE_ACTIONS = new Set<EditorAction['type']>([
  'reviewRequested',
  'dryRunFinished',
  'editingResumed',
  'saveStarted',
  'saveFailed',
  'saved',
  'conflictFound',
  'compareOpened',
  'reloaded',
  'rebased',
]);

function isStageAction(action: EditorAction): action is StageAction {
  return STAGE_ACTIONS.has(action.type);
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  return isStageAction(action) ? stageReducer(state, action) : documentReducer(state, action);
}
