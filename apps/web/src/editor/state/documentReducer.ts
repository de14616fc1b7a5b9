// Edits to the connector, from the form or the YAML view, and the choices that shape the form.
import {
  formatFieldPath,
  getField,
  isLocalPlatform,
  type FieldPath,
  type LocatedNotice,
  type SiteSummary,
} from '@connector-console/model';
import type { Document } from 'yaml';
import { editText, readText, writeField, writeMap } from './editorDocument.ts';
import {
  isTextValid,
  targetChoiceOf,
  type EditorState,
  type EditorView,
  type TargetChoice,
} from './editorState.ts';

export type DocumentAction =
  | { type: 'fieldEdited'; path: FieldPath; value: unknown }
  | { type: 'mapEdited'; path: FieldPath; entries: Readonly<Record<string, string>> }
  | { type: 'nameEdited'; value: string }
  | { type: 'routingKeyEdited'; value: string }
  | { type: 'targetChosen'; target: TargetChoice }
  | { type: 'yamlEdited'; text: string }
  | { type: 'viewChosen'; view: EditorView }
  | { type: 'siteChosen'; site: SiteSummary }
  | { type: 'imported'; text: string; notices: LocatedNotice[] }
  | { type: 'noticesDismissed' };

const NAME: FieldPath = ['metadata', 'name'];
const ROUTING_KEY: FieldPath = ['spec', 'routingKey'];
const OTHER_TARGET: Record<TargetChoice, FieldPath> = {
  selector: ['spec', 'host'],
  host: ['spec', 'selector'],
};

export function documentReducer(state: EditorState, action: DocumentAction): EditorState {
  switch (action.type) {
    case 'viewChosen':
      return { ...state, view: action.view };
    case 'noticesDismissed':
      return { ...state, notices: [] };
    case 'fieldEdited':
      return edited(state, (doc) => writeField(doc, action.path, action.value), [action.path]);
    case 'mapEdited':
      return edited(state, (doc) => writeMap(doc, action.path, action.entries), [action.path]);
    case 'nameEdited': {
      const follows = state.routingKeyFollowsName;
      return edited(
        state,
        (doc) => {
          writeField(doc, NAME, action.value);
          if (follows) writeField(doc, ROUTING_KEY, action.value);
        },
        follows ? [NAME, ROUTING_KEY] : [NAME],
      );
    }
    case 'routingKeyEdited': {
      const next = edited(state, (doc) => writeField(doc, ROUTING_KEY, action.value), [ROUTING_KEY]);
      // Clearing the routing key hands it back to the name.
      return next === state ? state : { ...next, routingKeyFollowsName: action.value === '' };
    }
    case 'targetChosen': {
      const next = edited(state, (doc) => writeField(doc, OTHER_TARGET[action.target], undefined), []);
      return next === state ? state : { ...next, targetChoice: action.target };
    }
    case 'siteChosen':
      return siteChosen(state, action.site);
    case 'yamlEdited':
      return yamlEdited(state, action.text);
    case 'imported':
      return imported(state, action.text, action.notices);
  }
}

function edited(state: EditorState, edit: (doc: Document) => void, paths: FieldPath[]): EditorState {
  if (state.stage.kind !== 'editing' || !isTextValid(state)) return state;
  const next = editText(state.text, edit);
  if (!next) return state;
  const touched = new Set([...state.touched, ...paths.map(formatFieldPath)]);
  return { ...state, text: next.text, doc: next.doc, serverProblems: [], touched: [...touched] };
}

/** A site without selectors (Docker, Podman, Linux) takes a host: a selector written for Kubernetes goes. */
function siteChosen(state: EditorState, site: SiteSummary): EditorState {
  if (state.mode !== 'create' || state.stage.kind !== 'editing') return state;
  if (!isLocalPlatform(site.platform)) return { ...state, site };
  const next = edited(state, (doc) => writeField(doc, OTHER_TARGET.host, undefined), []);
  return { ...next, site, targetChoice: 'host' };
}

function yamlEdited(state: EditorState, text: string): EditorState {
  if (state.stage.kind !== 'editing' || text === state.text) return state;
  const { doc, problems } = readText(text);
  if (!doc) return { ...state, text, yamlProblems: problems, serverProblems: [] };
  return {
    ...state,
    text,
    doc,
    yamlProblems: [],
    serverProblems: [],
    targetChoice: targetChoiceAfterYamlEdit(state, doc),
    routingKeyFollowsName: state.routingKeyFollowsName && routingKeyIsName(doc),
  };
}

function imported(state: EditorState, text: string, notices: LocatedNotice[]): EditorState {
  if (state.stage.kind !== 'editing') return state;
  const { doc, problems } = readText(text);
  return {
    ...state,
    text,
    doc: doc ?? state.doc,
    yamlProblems: problems,
    serverProblems: [],
    notices,
    targetChoice: targetChoiceOf(doc, state.site),
    routingKeyFollowsName: state.mode === 'create' && doc !== undefined && routingKeyIsName(doc),
    showAllProblems: true,
  };
}

/** A YAML edit that leaves neither field keeps the choice made in the form. */
function targetChoiceAfterYamlEdit(state: EditorState, doc: Document): TargetChoice {
  const hasEither = ['selector', 'host'].some((field) => getField(doc, ['spec', field]) !== undefined);
  return hasEither ? targetChoiceOf(doc, state.site) : state.targetChoice;
}

function routingKeyIsName(doc: Document): boolean {
  const routingKey = getField(doc, ROUTING_KEY);
  return routingKey === undefined || routingKey === '' || routingKey === getField(doc, NAME);
}
