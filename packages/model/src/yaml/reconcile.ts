// Makes a node equal to a plain value with the fewest edits, so that untouched fields keep their comments.
import { isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { CREATE_OPTIONS, findPair, keyName, plainValue } from './nodes.ts';
import { isPlainObject, plainEqual } from './plain.ts';
import type { PlainObject } from './plain.ts';

type ScalarValue = string | number | boolean | bigint | null;

function isScalarValue(value: unknown): value is ScalarValue {
  return value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value);
}

/**
 * Returns the node that now holds `value`: `node` itself, edited in place, or a new node that took over
 * its comments. An alias that already reads as `value` stays an alias.
 */
export function reconcile(doc: Document, node: unknown, value: unknown): Node {
  if (isAlias(node) && plainEqual(plainValue(doc, node), value)) return node;
  if (isPlainObject(value) && isMap(node)) {
    reconcileMap(doc, node, value);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    reconcileSeq(doc, node, value);
    return node;
  }
  if (isScalarValue(value) && isScalar(node)) {
    updateScalar(node, value);
    return node;
  }
  return replacement(doc, node, value);
}

function reconcileMap(doc: Document, map: YAMLMap, value: PlainObject): void {
  // A key yaml cannot name as a string (a map used as a key) is left alone rather than guessed at.
  map.items = map.items.filter((pair) => {
    const name = keyName(pair.key);
    return name === undefined || (Object.hasOwn(value, name) && value[name] !== undefined);
  });
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const pair = findPair(map, key);
    if (pair) pair.value = reconcile(doc, pair.value, item);
    else map.items.push(doc.createPair(key, item, CREATE_OPTIONS));
  }
}

function reconcileSeq(doc: Document, seq: YAMLSeq, value: unknown[]): void {
  seq.items.splice(value.length);
  value.forEach((item, index) => {
    // JSON writes a missing list item as null.
    const wanted = item === undefined ? null : item;
    seq.items[index] =
      index < seq.items.length ? reconcile(doc, seq.items[index], wanted) : newNode(doc, wanted);
  });
}

/** Keeps the scalar's comments, and its quoting when the value is still of the same kind. */
function updateScalar(node: Scalar, value: ScalarValue): void {
  if (Object.is(node.value, value)) return;
  const sameKind = typeof node.value === typeof value && node.value !== null;
  node.value = value;
  node.format = undefined;
  node.minFractionDigits = undefined;
  if (!sameKind) {
    node.type = undefined;
    node.tag = undefined;
  }
}

function newNode(doc: Document, value: unknown): Node {
  return doc.createNode(value, CREATE_OPTIONS);
}

function replacement(doc: Document, old: unknown, value: unknown): Node {
  const node = newNode(doc, value);
  if (isNode(old)) {
    node.commentBefore = old.commentBefore;
    node.comment = old.comment;
    node.spaceBefore = old.spaceBefore;
  }
  return node;
}
