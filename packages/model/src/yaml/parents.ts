// Finds or makes the map or list that holds a field about to be written.
import { isAlias, isCollection, isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import type { Document } from 'yaml';
import { CREATE_OPTIONS, childNode, listIndex, plainValue, putChild } from './nodes.ts';
import type { FieldKey, FieldPath } from './nodes.ts';

/** Walks to the collection that holds `last`, making each step a map or list that can take the next key. */
export function writableParent(doc: Document, path: FieldPath, last: FieldKey): YAMLMap | YAMLSeq {
  const keys = [...path, last];
  const root = doc.contents;
  let parent = fits(root, keys[0]) ? root : emptyCollectionFor(doc, keys[0]);
  doc.contents = parent;
  path.forEach((key, i) => {
    const existing = childNode(parent, key);
    // Writing through an alias would change its anchor too, so the alias becomes a copy of its value first.
    const child = isAlias(existing) ? doc.createNode(plainValue(doc, existing), CREATE_OPTIONS) : existing;
    const next = fits(child, keys[i + 1]) ? child : emptyCollectionFor(doc, keys[i + 1]);
    if (next !== existing) putChild(doc, parent, key, next);
    parent = next;
  });
  return parent;
}

/** A map takes any key; a list only takes an index. */
function fits(node: unknown, key: FieldKey | undefined): node is YAMLMap | YAMLSeq {
  if (!isCollection(node)) return false;
  return isMap(node) || (isSeq(node) && key !== undefined && listIndex(key) !== undefined);
}

function emptyCollectionFor(doc: Document, key: FieldKey | undefined): YAMLMap | YAMLSeq {
  return typeof key === 'number' ? new YAMLSeq(doc.schema) : new YAMLMap(doc.schema);
}
