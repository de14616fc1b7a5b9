// JSON merge patch (RFC 7386) and JSON patch (RFC 6902), applied the way the API server applies them.
import { apiErrors, failure } from '../errors/status.ts';
import type { JsonObject } from '../objects.ts';
import { cloneJson, isJsonObject } from '../objects.ts';

export type PatchType = 'merge' | 'json';

export interface Patch {
  type: PatchType;
  /** The parsed patch document: an object for a merge patch, a list of operations for a JSON patch. */
  body: unknown;
}

export function applyPatch(target: JsonObject, patch: Patch): JsonObject {
  if (patch.type === 'merge') {
    if (!isJsonObject(patch.body)) throw apiErrors.badRequest('a merge patch must be a JSON object');
    return mergePatch(target, patch.body) as JsonObject;
  }
  if (!Array.isArray(patch.body)) {
    throw apiErrors.badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  }
  const document = { root: cloneJson(target) as unknown };
  for (const operation of patch.body) applyOperation(document, operation);
  if (!isJsonObject(document.root)) throw patchFailed('the patched document is not an object');
  return document.root;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return cloneJson(patch);
  const result: JsonObject = isJsonObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) Reflect.deleteProperty(result, key);
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

const patchFailed = (message: string) => failure(422, message, 'Invalid');

function parsePointer(pointer: unknown): string[] {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) {
    throw apiErrors.badRequest(`invalid JSON pointer: ${JSON.stringify(pointer)}`);
  }
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

interface Location {
  parent: unknown;
  key: string;
}

/** The container that holds the pointed-to value, which must exist. */
function locate(document: { root: unknown }, steps: string[], pointer: string): Location {
  let parent: unknown = document;
  let key = 'root';
  for (const step of steps) {
    const container = (parent as Record<string, unknown>)[key];
    if (!isJsonObject(container) && !Array.isArray(container)) {
      throw patchFailed(`doc is missing path: "${pointer}": missing value`);
    }
    parent = container;
    key = step;
  }
  return { parent, key };
}

function read(location: Location, pointer: string): unknown {
  const { parent, key } = location;
  const value = Array.isArray(parent) ? parent[Number(key)] : (parent as JsonObject)[key];
  if (value === undefined) throw patchFailed(`doc is missing key: ${pointer}: missing value`);
  return value;
}

function arrayIndex(array: unknown[], key: string, forInsert: boolean, pointer: string): number {
  if (forInsert && key === '-') return array.length;
  const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
  if (index < 0 || index > array.length || (!forInsert && index === array.length)) {
    throw patchFailed(`Unable to access invalid index: ${key}: invalid index referenced: ${pointer}`);
  }
  return index;
}

function insert(location: Location, value: unknown, pointer: string): void {
  const { parent, key } = location;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, pointer), 0, cloneJson(value));
  else (parent as JsonObject)[key] = cloneJson(value);
}

function remove(location: Location, pointer: string): unknown {
  const value = read(location, pointer);
  const { parent, key } = location;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, pointer), 1);
  else Reflect.deleteProperty(parent as JsonObject, key);
  return value;
}

function applyOperation(document: { root: unknown }, operation: unknown): void {
  if (!isJsonObject(operation)) throw apiErrors.badRequest('a JSON patch operation must be an object');
  const { op, path } = operation;
  const target = locate(document, parsePointer(path), String(path));
  const from = () => locate(document, parsePointer(operation.from), String(operation.from));
  switch (op) {
    case 'add':
      return insert(target, operation.value, String(path));
    case 'remove':
      remove(target, String(path));
      return;
    case 'replace':
      remove(target, String(path));
      return insert(target, operation.value, String(path));
    case 'move':
      return insert(target, remove(from(), String(operation.from)), String(path));
    case 'copy':
      return insert(target, read(from(), String(operation.from)), String(path));
    case 'test':
      if (JSON.stringify(read(target, String(path))) !== JSON.stringify(operation.value)) {
        throw patchFailed(`testing value ${String(path)} failed: test failed`);
      }
      return;
    default:
      throw apiErrors.badRequest(`Unexpected kind: ${String(op)}`);
  }
}
