// Finding and replacing the nodes of a document by plain keys, the way a form names fields.
import { isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { CreateNodeOptions, Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { DEFAULT_YAML_LIMITS } from './limits.ts';

/** One step of a field path: a map key, or a list index. */
export type FieldKey = string | number;
export type FieldPath = readonly FieldKey[];

/** Values written by the console are never turned into anchors and aliases, even when repeated. */
export const CREATE_OPTIONS: CreateNodeOptions = { aliasDuplicateObjects: false };

/** A map key as the plain object sees it: yaml turns every scalar key into a string property. */
export function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean') return String(key);
  return undefined;
}

export function findPair(map: YAMLMap, key: FieldKey): Pair | undefined {
  const name = String(key);
  return map.items.find((pair) => keyName(pair.key) === name);
}

export function listIndex(key: FieldKey): number | undefined {
  const index = typeof key === 'number' ? key : /^\d+$/.test(key) ? Number(key) : Number.NaN;
  return Number.isSafeInteger(index) && index >= 0 ? index : undefined;
}

/** The node under `key` in a map or list, or undefined when there is none. */
export function childNode(parent: unknown, key: FieldKey): unknown {
  if (isMap(parent)) return findPair(parent, key)?.value ?? undefined;
  if (isSeq(parent)) {
    const index = listIndex(key);
    return index === undefined ? undefined : parent.items[index];
  }
  return undefined;
}

/** Puts `node` under `key`, replacing what was there; the key must already exist or be addable. */
export function putChild(doc: Document, parent: YAMLMap | YAMLSeq, key: FieldKey, node: Node): void {
  if (isMap(parent)) {
    const pair = findPair(parent, key);
    if (pair) pair.value = node;
    else parent.items.push(doc.createPair(String(key), node, CREATE_OPTIONS));
    return;
  }
  const index = listIndex(key);
  if (index === undefined) throw new TypeError(`A list has no field named "${String(key)}".`);
  while (parent.items.length < index) parent.items.push(doc.createNode(null));
  parent.items[index] = node;
}

/** The value of a node as plain data, aliases resolved within the alias limit. */
export function plainValue(doc: Document, node: unknown): unknown {
  if (isNode(node)) return node.toJS(doc, { maxAliasCount: DEFAULT_YAML_LIMITS.maxAliases });
  return node ?? null;
}

/** Follows an alias to the node it names, for reading. */
export function readable(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}
