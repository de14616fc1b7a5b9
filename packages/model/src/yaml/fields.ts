// Reads and edits single fields of a document by path, leaving every other line as the user wrote it.
import { isMap, isNode, isScalar } from 'yaml';
import type { Document } from 'yaml';
import { DEFAULT_YAML_LIMITS } from './limits.ts';
import { CREATE_OPTIONS, childNode, findPair, listIndex, plainValue, putChild, readable } from './nodes.ts';
import { writableParent } from './parents.ts';
import type { FieldKey, FieldPath } from './nodes.ts';
import { reconcile } from './reconcile.ts';

/** The field's value as plain data; undefined when the field or one of its parents is missing. */
export function getField(doc: Document, path: FieldPath): unknown {
  const node = getNode(doc, path);
  return node === undefined ? undefined : plainValue(doc, node);
}

function getNode(doc: Document, path: FieldPath): unknown {
  let node: unknown = doc.contents;
  for (const key of path) {
    node = childNode(readable(doc, node), key);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Sets a field, creating missing parent maps (or lists, for number keys). A scalar is changed in place,
 * so the comments on its line stay; a map or list value is merged field by field, like `applyValue`.
 * Setting undefined deletes the field.
 */
export function setField(doc: Document, path: FieldPath, value: unknown): void {
  if (value === undefined) {
    deleteField(doc, path);
    return;
  }
  const [parentPath, last] = splitLast(path);
  if (last === undefined) {
    applyValue(doc, value);
    return;
  }
  const parent = writableParent(doc, parentPath, last);
  const existing = childNode(parent, last);
  const node =
    existing === undefined ? doc.createNode(value, CREATE_OPTIONS) : reconcile(doc, existing, value);
  if (node !== existing) putChild(doc, parent, last, node);
}

/** Removes a field (a list item is spliced out); says whether there was one. */
export function deleteField(doc: Document, path: FieldPath): boolean {
  const [parentPath, last] = splitLast(path);
  if (last === undefined) {
    const had = doc.contents !== null;
    doc.contents = null;
    return had;
  }
  // Checked first, so that deleting a missing field never reshapes its parents.
  if (getField(doc, path) === undefined) return false;
  const parent = writableParent(doc, parentPath, last);
  if (isMap(parent)) {
    const pair = findPair(parent, last);
    if (pair) parent.items.splice(parent.items.indexOf(pair), 1);
    return pair !== undefined;
  }
  const index = listIndex(last);
  if (index === undefined || index >= parent.items.length) return false;
  parent.items.splice(index, 1);
  return true;
}

/**
 * Gives a map field a new key in the same place, so its comments and position stay. Returns false, changing
 * nothing, when the field is missing, is not in a map, or the new key is already taken.
 */
export function renameField(doc: Document, path: FieldPath, newKey: string): boolean {
  const [parentPath, last] = splitLast(path);
  if (last === undefined || getField(doc, path) === undefined) return false;
  if (
    !isMap(readable(doc, getNode(doc, parentPath))) ||
    getField(doc, [...parentPath, newKey]) !== undefined
  ) {
    return false;
  }
  const parent = writableParent(doc, parentPath, last);
  const pair = isMap(parent) ? findPair(parent, last) : undefined;
  if (!pair) return false;
  if (isScalar(pair.key)) pair.key.value = newKey;
  else pair.key = doc.createNode(newKey);
  return true;
}

/**
 * Makes the whole document equal to `next` with the fewest edits: changed values are set in place,
 * removed keys deleted and new keys added at the end, so untouched fields keep comments and order.
 */
export function applyValue(doc: Document, next: unknown): void {
  if (next === undefined) doc.contents = null;
  else
    doc.contents = isNode(doc.contents)
      ? reconcile(doc, doc.contents, next)
      : doc.createNode(next, CREATE_OPTIONS);
}

/** The whole document as plain data; aliases are expanded within the alias limit. */
export function toValue(doc: Document, maxAliasCount: number = DEFAULT_YAML_LIMITS.maxAliases): unknown {
  return doc.toJS({ maxAliasCount });
}

function splitLast(path: FieldPath): [FieldPath, FieldKey | undefined] {
  return [path.slice(0, -1), path[path.length - 1]];
}
