// Where a save stands: review with a server dry run, saving, a conflict with a newer version, saved.
import { setField, toValue, validateConnector, type Connector, type Problem } from '@connector-console/model';
import { editText, readText } from './editorDocument.ts';
import { isTextValid, targetChoiceOf, type DryRun, type EditorState } from './editorState.ts';
import { editableText } from './serverOwned.ts';

export type StageAction =
  | { type: 'reviewRequested' }
  | { type: 'dryRunFinished'; run: number; result: Exclude<DryRun, { state: 'running' }> }
  | { type: 'editingResumed' }
  | { type: 'saveStarted' }
  | { type: 'saveFailed'; message: string; problems: Problem[] }
  | { type: 'saved'; resource: Connector }
  /** A save was refused because the stored connector changed; `current` is how it is now, when known. */
  | { type: 'conflictFound'; current?: Connector }
  /** The person asked to compare with a newer version that live updates brought. */
  | { type: 'compareOpened'; current: Connector }
  /** Discard the edits and start again from the stored connector. */
  | { type: 'reloaded'; resource: Connector }
  /** Keep the edits, but as a change to `current`: review them again before they overwrite it. */
  | { type: 'rebased'; current: Connector };

export function stageReducer(state: EditorState, action: StageAction): EditorState {
  const { stage } = state;
  switch (action.type) {
    case 'reviewRequested':
      if (stage.kind !== 'editing' && stage.kind !== 'reviewing') return state;
      return readyForReview(state) ? startReview(state) : { ...state, showAllProblems: true };
    case 'dryRunFinished':
      if (stage.kind !== 'reviewing' || stage.run !== action.run) return state;
      return {
        ...state,
        stage: { ...stage, dryRun: action.result },
        serverProblems: action.result.state === 'failed' ? action.result.problems : [],
      };
    case 'editingResumed':
      return stage.kind === 'saved' || stage.kind === 'saving'
        ? state
        : { ...state, stage: { kind: 'editing' } };
    case 'saveStarted':
      if (stage.kind !== 'reviewing' || stage.dryRun.state !== 'passed') return state;
      return { ...state, stage: { kind: 'saving', run: stage.run } };
    case 'saveFailed':
      if (stage.kind !== 'saving') return state;
      return {
        ...state,
        stage: {
          kind: 'reviewing',
          run: stage.run,
          dryRun: { state: 'failed', message: action.message, problems: action.problems },
        },
        serverProblems: action.problems,
      };
    case 'saved':
      if (stage.kind !== 'saving') return state;
      return { ...state, stage: { kind: 'saved', resource: action.resource } };
    case 'conflictFound':
      // A dry run meets the same precondition as the save itself.
      if (stage.kind !== 'saving' && stage.kind !== 'reviewing') return state;
      return { ...state, stage: { kind: 'conflict', cause: 'save', current: action.current } };
    case 'compareOpened':
      if (stage.kind === 'saving' || stage.kind === 'saved') return state;
      return { ...state, stage: { kind: 'conflict', cause: 'live', current: action.current } };
    case 'reloaded':
      return stage.kind === 'saving' ? state : reloaded(state, action.resource);
    case 'rebased':
      return stage.kind === 'conflict' ? rebased(state, action.current) : state;
  }
}

/** A review needs a site and a connector without errors; otherwise every problem shows, for the person to fix. */
function readyForReview(state: EditorState): boolean {
  const { site, doc } = state;
  if (!site || !doc || !isTextValid(state)) return false;
  return validateConnector(toValue(doc), { platform: site.platform, namespace: site.namespace }).valid;
}

function startReview(state: EditorState): EditorState {
  const run = state.reviews + 1;
  return {
    ...state,
    reviews: run,
    showAllProblems: true,
    stage: { kind: 'reviewing', run, dryRun: { state: 'running' } },
  };
}

function reloaded(state: EditorState, resource: Connector): EditorState {
  const text = editableText(resource);
  const { doc, problems } = readText(text);
  return {
    ...state,
    text,
    doc,
    yamlProblems: problems,
    targetChoice: targetChoiceOf(doc, state.site),
    touched: [],
    notices: [],
    serverProblems: [],
    baseline: { resource, text },
    stage: { kind: 'editing' },
  };
}

/** The person's text, now saying it changes `current`: the replace then overwrites that version, and no other. */
function rebased(state: EditorState, current: Connector): EditorState {
  const version = current.metadata.resourceVersion;
  const next = isTextValid(state)
    ? editText(state.text, (doc) => setField(doc, ['metadata', 'resourceVersion'], version))
    : undefined;
  if (!next) return state;
  return startReview({
    ...state,
    text: next.text,
    doc: next.doc,
    serverProblems: [],
    baseline: { resource: current, text: editableText(current) },
  });
}
