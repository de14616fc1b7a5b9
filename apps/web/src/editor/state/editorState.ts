// What one open connector editor holds: its document (the one source of truth), the view, and where a save stands.
import {
  getField,
  isLocalPlatform,
  newYamlDocument,
  serialize,
  SKUPPER_API_VERSION,
  type Connector,
  type LocatedNotice,
  type Problem,
  type SiteSummary,
} from '@connector-console/model';
import type { Document } from 'yaml';
import { readText } from './editorDocument.ts';
import { editableText, sourceText } from './serverOwned.ts';

export type EditorView = 'form' | 'yaml';
/** On Kubernetes a connector targets pods by selector, or one server by host. */
export type TargetChoice = 'selector' | 'host';

export type DryRun =
  | { state: 'running' }
  | { state: 'passed'; warnings: Problem[] }
  | { state: 'failed'; message: string; problems: Problem[] };

export type Stage =
  | { kind: 'editing' }
  /** `run` tells a dry run's answer from the answer to an earlier review. */
  | { kind: 'reviewing'; run: number; dryRun: DryRun }
  | { kind: 'saving'; run: number }
  /** The stored connector differs from the one this edit started from; `current` is absent when unknown. */
  | { kind: 'conflict'; cause: 'save' | 'live'; current?: Connector }
  | { kind: 'saved'; resource: Connector };

export interface Baseline {
  /** The connector as stored when the editor opened it or last took it up; absent when creating. */
  resource?: Connector;
  /** The editor's text at that moment: unsaved changes are any difference from it. */
  text: string;
}

export interface EditorState {
  mode: 'create' | 'edit';
  /** The site the connector lives in; chosen by the person when creating. */
  site?: SiteSummary;
  /** What the YAML view shows and what a save sends. */
  text: string;
  /** The document the text last parsed to; while the text is invalid it is the last valid one, read-only. */
  doc?: Document;
  /** Why the text does not parse; empty when `doc` is the text's own document. */
  yamlProblems: Problem[];
  view: EditorView;
  targetChoice: TargetChoice;
  /** The routing key copies the name until someone edits the routing key. */
  routingKeyFollowsName: boolean;
  /** Dotted paths of the fields edited in the form, whose problems show as they are typed. */
  touched: readonly string[];
  /** Every problem shows, touched or not: after a review was asked for, or for an existing connector. */
  showAllProblems: boolean;
  /** What converting an older (v1alpha1) manifest changed. */
  notices: LocatedNotice[];
  /** Problems the server found in the text it was last sent; cleared when the text changes. */
  serverProblems: Problem[];
  baseline: Baseline;
  stage: Stage;
  /** How many reviews were started. */
  reviews: number;
}

export function newConnectorText(): string {
  return serialize(
    newYamlDocument({ apiVersion: SKUPPER_API_VERSION, kind: 'Connector', metadata: {}, spec: {} }),
  );
}

/** Host when the document names a host and no selector, or when the site knows no selectors. */
export function targetChoiceOf(doc: Document | undefined, site: SiteSummary | undefined): TargetChoice {
  if (site && isLocalPlatform(site.platform)) return 'host';
  if (!doc) return 'selector';
  const has = (field: string) => getField(doc, ['spec', field]) !== undefined;
  return has('host') && !has('selector') ? 'host' : 'selector';
}

function opened(text: string, site: SiteSummary | undefined, view: EditorView) {
  const { doc, problems } = readText(text);
  return { text, doc, yamlProblems: problems, view, targetChoice: targetChoiceOf(doc, site) };
}

export function createEditorState(site: SiteSummary | undefined, view: EditorView): EditorState {
  const text = newConnectorText();
  return {
    mode: 'create',
    site,
    ...opened(text, site, view),
    routingKeyFollowsName: true,
    touched: [],
    showAllProblems: false,
    notices: [],
    serverProblems: [],
    baseline: { text },
    stage: { kind: 'editing' },
    reviews: 0,
  };
}

/**
 * `source` is the stored file's own text (local sites), comments and all; the editor starts from it so those comments
 * survive the save. Kubernetes stores JSON, so there the text is written from the resource.
 */
export function editEditorState(
  site: SiteSummary,
  resource: Connector,
  view: EditorView,
  source?: string,
): EditorState {
  const text = (source === undefined ? undefined : sourceText(source, resource)) ?? editableText(resource);
  return {
    mode: 'edit',
    site,
    ...opened(text, site, view),
    routingKeyFollowsName: false,
    touched: [],
    showAllProblems: true,
    notices: [],
    serverProblems: [],
    baseline: { resource, text },
    stage: { kind: 'editing' },
    reviews: 0,
  };
}

/** Unsaved changes: the text differs from the one the editor started from, and was not saved since. */
export function hasUnsavedChanges(state: EditorState): boolean {
  return state.stage.kind !== 'saved' && state.text !== state.baseline.text;
}

/** The form is read-only while the text does not parse, so that nothing it writes can replace that text. */
export function isTextValid(state: EditorState): boolean {
  return state.yamlProblems.length === 0 && state.doc !== undefined;
}
