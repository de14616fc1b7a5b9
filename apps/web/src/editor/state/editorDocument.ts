// Edits to the editor's YAML document, made on a fresh copy parsed from its text so that earlier states stay intact.
import {
  deleteField,
  getField,
  parseYamlDocument,
  renameField,
  serialize,
  setField,
  type FieldPath,
  type Problem,
} from '@connector-console/model';
import { isMap, type Document } from 'yaml';

export interface ReadText {
  /** Present when the text is one valid YAML document. */
  doc?: Document;
  /** Why the text is not a document; empty when `doc` is present. */
  problems: Problem[];
}

export function readText(text: string): ReadText {
  const { doc, problems } = parseYamlDocument(text);
  return doc ? { doc, problems: [] } : { problems };
}

export interface EditedText {
  text: string;
  doc: Document;
}

/**
 * Runs `edit` on a copy of the document parsed from `text` and returns the new text. Parsing again (rather than
 * cloning) keeps the layout the text was written in. Undefined when `text` is not a valid document.
 */
export function editText(text: string, edit: (doc: Document) => void): EditedText | undefined {
  const { doc } = parseYamlDocument(text);
  if (!doc) return undefined;
  edit(doc);
  return { text: serialize(doc), doc };
}

/** Sets a field from a form control; an empty value removes the field, as the skupper CLI omits empty fields. */
export function writeField(doc: Document, path: FieldPath, value: unknown): void {
  if (value === undefined || value === '') {
    deleteField(doc, path);
    removeEmptyParents(doc, path);
    return;
  }
  openEmptyFlowMaps(doc, path);
  setField(doc, path, value);
}

/**
 * Makes a map field (labels, annotations, settings) hold `entries`. A key renamed in the form keeps its place
 * and comments; an empty map removes the field.
 */
export function writeMap(doc: Document, path: FieldPath, entries: Readonly<Record<string, string>>): void {
  const keys = Object.keys(entries);
  if (keys.length === 0) {
    writeField(doc, path, undefined);
    return;
  }
  const current = getField(doc, path);
  if (isRecord(current)) {
    const removed = Object.keys(current).filter((key) => !Object.hasOwn(entries, key));
    const added = keys.filter((key) => !Object.hasOwn(current, key));
    const [from] = removed;
    const [to] = added;
    if (removed.length === 1 && added.length === 1 && from !== undefined && to !== undefined) {
      renameField(doc, [...path, from], to);
    }
  }
  openEmptyFlowMaps(doc, [...path, '']);
  setField(doc, path, { ...entries });
}

/** `metadata: {}` would otherwise take its first field inline (`{ name: web }`) rather than on its own line. */
function openEmptyFlowMaps(doc: Document, path: FieldPath): void {
  for (let depth = 0; depth < path.length; depth++) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isMap(node) && node.flow && node.items.length === 0) node.flow = false;
  }
}

/** Maps below the top level (labels, settings) go when their last entry does; metadata and spec stay. */
function removeEmptyParents(doc: Document, path: FieldPath): void {
  for (let depth = path.length - 1; depth >= 2; depth--) {
    const parentPath = path.slice(0, depth);
    const node = doc.getIn(parentPath, true);
    if (!isMap(node) || node.items.length > 0) return;
    deleteField(doc, parentPath);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
