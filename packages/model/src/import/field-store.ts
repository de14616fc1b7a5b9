// The few field operations an import needs, over a YAML document or over a plain object.
import type { Document } from 'yaml';
import { deleteField, getField, renameField, setField } from '../yaml/fields.ts';
import type { FieldPath } from '../yaml/nodes.ts';
import { isPlainObject } from '../yaml/plain.ts';
import type { PlainObject } from '../yaml/plain.ts';

export interface FieldStore {
  /** undefined when the field is missing. */
  get(path: FieldPath): unknown;
  set(path: FieldPath, value: unknown): void;
  /** Gives the field a new key in the same place; the new key must be free. */
  rename(path: FieldPath, newKey: string): void;
  remove(path: FieldPath): void;
}

export function documentStore(doc: Document): FieldStore {
  return {
    get: (path) => getField(doc, path),
    set: (path, value) => setField(doc, path, value),
    rename: (path, newKey) => void renameField(doc, path, newKey),
    remove: (path) => void deleteField(doc, path),
  };
}

/** Edits `root` in place; the import hands it a copy. */
export function objectStore(root: PlainObject): FieldStore {
  const parentOf = (path: FieldPath, create: boolean): PlainObject | undefined => {
    let node: PlainObject = root;
    for (const key of path.slice(0, -1)) {
      const child = Object.hasOwn(node, key) ? node[key] : undefined;
      if (isPlainObject(child)) node = child;
      else if (!create) return undefined;
      else {
        const made: PlainObject = {};
        define(node, String(key), made);
        node = made;
      }
    }
    return node;
  };
  const lastKey = (path: FieldPath) => String(path[path.length - 1]);
  return {
    get: (path) => {
      const parent = parentOf(path, false);
      const key = lastKey(path);
      return parent && Object.hasOwn(parent, key) ? parent[key] : undefined;
    },
    set: (path, value) => {
      const parent = parentOf(path, true);
      if (parent) define(parent, lastKey(path), value);
    },
    rename: (path, newKey) => {
      const parent = parentOf(path, false);
      if (!parent) return;
      // Rebuilt rather than assigned, so that the renamed key keeps its place in the key order.
      const entries = Object.entries(parent);
      for (const [key] of entries) Reflect.deleteProperty(parent, key);
      for (const [key, value] of entries) define(parent, key === lastKey(path) ? newKey : key, value);
    },
    remove: (path) => {
      const parent = parentOf(path, false);
      if (parent) Reflect.deleteProperty(parent, lastKey(path));
    },
  };
}

/** defineProperty, because assigning a `__proto__` key would replace the prototype instead. */
function define(target: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
