// Converts a skupper.io/v1alpha1 Connector into skupper.io/v2alpha1, saying what changed and why.
import type { Document } from 'yaml';
import { SKUPPER_API_VERSION, SKUPPER_V1ALPHA1_API_VERSION } from '../types.ts';
import { formatFieldPath } from '../yaml/path.ts';
import { clonePlain, isPlainObject } from '../yaml/plain.ts';
import { documentStore, objectStore } from './field-store.ts';
import type { FieldStore } from './field-store.ts';
import { V1ALPHA1_CONNECTOR_CHANGES } from './v1alpha1-changes.ts';
import type { FieldChange } from './v1alpha1-changes.ts';

/** One change the import made; `path` names the field as the original text wrote it. */
export interface ImportNotice {
  path: string;
  message: string;
}

export function isV1alpha1Connector(apiVersion: unknown, kind: unknown): boolean {
  return apiVersion === SKUPPER_V1ALPHA1_API_VERSION && kind === 'Connector';
}

/** Edits the document in place, so comments and key order survive; nothing changes for other resources. */
export function importV1alpha1(doc: Document): ImportNotice[] {
  return upgrade(documentStore(doc));
}

/** The same import for callers that hold a plain object; the input is left untouched. */
export function importV1alpha1Object(value: unknown): { value: unknown; notices: ImportNotice[] } {
  const copy = clonePlain(value);
  return { value: copy, notices: isPlainObject(copy) ? upgrade(objectStore(copy)) : [] };
}

function upgrade(store: FieldStore): ImportNotice[] {
  if (!isV1alpha1Connector(store.get(['apiVersion']), store.get(['kind']))) return [];
  store.set(['apiVersion'], SKUPPER_API_VERSION);
  const notices: ImportNotice[] = [
    {
      path: 'apiVersion',
      message:
        `apiVersion was raised from ${SKUPPER_V1ALPHA1_API_VERSION} to ${SKUPPER_API_VERSION}: ` +
        'current Skupper serves only the newer version.',
    },
  ];
  for (const change of V1ALPHA1_CONNECTOR_CHANGES) {
    const notice = applyChange(store, change);
    if (notice) notices.push(notice);
  }
  return notices;
}

function applyChange(store: FieldStore, change: FieldChange): ImportNotice | undefined {
  if (change.kind === 'drop') {
    const value = store.get(change.path);
    if (value === undefined) return undefined;
    store.remove(change.path);
    const path = formatFieldPath(change.path);
    return { path, message: `${path}${shown(value)} was dropped: ${change.why}.` };
  }
  const value = store.get(change.from);
  if (value === undefined) return undefined;
  const from = formatFieldPath(change.from);
  const toPath = [...change.from.slice(0, -1), change.to];
  const to = formatFieldPath(toPath);
  if (store.get(toPath) !== undefined) {
    store.remove(change.from);
    return {
      path: from,
      message: `${from}${shown(value)} was dropped: ${to}, its ${SKUPPER_API_VERSION} name, is also set and was kept.`,
    };
  }
  store.rename(change.from, change.to);
  return {
    path: from,
    message: `${from} was renamed to ${to}, its ${SKUPPER_API_VERSION} name; the value is kept.`,
  };
}

/** A short value in the message, so that a dropped setting is never lost without a trace. */
function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text !== undefined && text.length <= 60 ? ` (${text})` : '';
}
