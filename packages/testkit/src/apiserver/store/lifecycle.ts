// Server-managed fields on create and update: uid, timestamps, generation, status separation, pruning, validation.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { fieldErrors, type FieldError } from '../errors/fieldErrors.ts';
import { apiErrors } from '../errors/status.ts';
import type { JsonObject, KubeObject } from '../objects.ts';
import { cloneJson } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import { validateAgainstSchema } from '../schema/validate.ts';
import { decode, type WriteOptions } from './decode.ts';
import { objectMetaErrors } from './objectMeta.ts';

export type { FieldValidation, WriteOptions } from './decode.ts';

export interface WriteContext {
  now: string;
  options: WriteOptions;
}

const GENERATE_NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function generatedSuffix(): string {
  return Array.from({ length: 5 }, () => GENERATE_NAME_ALPHABET[Math.floor(Math.random() * 27)]).join('');
}

function rejectIfInvalid(type: ResourceType, object: KubeObject, metaErrors: FieldError[]): void {
  const errors = [...metaErrors, ...validateAgainstSchema(type, object)];
  if (errors.length > 0) {
    throw apiErrors.invalid({ group: type.group, kind: type.kind }, object.metadata.name ?? '', errors);
  }
}

const nameRule = (type: ResourceType) => (type.kind === 'Namespace' ? 'dns-label' : 'dns-subdomain');

/** Built-in kinds are seeded with their status; custom resources only get one through `/status`. */
const separatesStatus = (type: ResourceType) => type.custom && type.statusSubresource;

export function prepareCreate(
  type: ResourceType,
  input: unknown,
  { now, options }: WriteContext,
): KubeObject {
  const object = decode(type, input, options);
  const meta = object.metadata;
  if (!meta.name && typeof meta.generateName === 'string' && meta.generateName) {
    meta.name = `${meta.generateName}${generatedSuffix()}`;
  }
  if (!type.namespaced) delete meta.namespace;
  if (separatesStatus(type)) delete object.status;
  for (const field of [
    'resourceVersion',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'selfLink',
    'managedFields',
  ]) {
    Reflect.deleteProperty(meta, field);
  }
  if (type.kind === 'Secret') {
    // The console only ever lists secrets by name; holding no data makes any attempt to read it visible.
    delete object.data;
    delete object.stringData;
  }
  meta.uid = randomUUID();
  meta.creationTimestamp = now;
  meta.generation = 1;
  rejectIfInvalid(type, object, objectMetaErrors(meta, nameRule(type)));
  return object;
}

/** Everything the controller acts on: the object without metadata and status. */
function desiredState(object: KubeObject): JsonObject {
  const { metadata: _metadata, status: _status, ...rest } = object;
  return rest;
}

export function prepareUpdate(
  type: ResourceType,
  current: KubeObject,
  input: unknown,
  { options }: WriteContext,
): KubeObject {
  const object = decode(type, input, options);
  const meta = object.metadata;
  const old = current.metadata;
  const metaErrors = objectMetaErrors(meta, nameRule(type));
  if (meta.uid && meta.uid !== old.uid)
    metaErrors.push(fieldErrors.invalid('metadata.uid', meta.uid, 'field is immutable'));
  const finalizers = (meta.finalizers as unknown[] | undefined) ?? [];
  const added = finalizers.filter((f) => !((old.finalizers as unknown[] | undefined) ?? []).includes(f));
  if (old.deletionTimestamp && added.length > 0) {
    metaErrors.push(
      fieldErrors.forbidden(
        'metadata.finalizers',
        `no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`,
      ),
    );
  }
  for (const field of [
    'uid',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'namespace',
  ]) {
    if (old[field] === undefined) Reflect.deleteProperty(meta, field);
    else meta[field] = old[field];
  }
  delete meta.managedFields;
  if (separatesStatus(type)) {
    if (current.status === undefined) delete object.status;
    else object.status = cloneJson(current.status);
  }
  const generation = typeof old.generation === 'number' ? old.generation : 1;
  meta.generation = isDeepStrictEqual(desiredState(object), desiredState(current))
    ? generation
    : generation + 1;
  rejectIfInvalid(type, object, metaErrors);
  return object;
}

/** A write to `/status` changes the status and nothing else. */
export function prepareStatusUpdate(
  type: ResourceType,
  current: KubeObject,
  input: unknown,
  { options }: WriteContext,
): KubeObject {
  const decoded = decode(type, input, options);
  const object = cloneJson(current) as KubeObject;
  if (decoded.status === undefined) delete object.status;
  else object.status = decoded.status;
  rejectIfInvalid(type, object, []);
  return object;
}

/** True when a write would change nothing, so the real server would keep the resourceVersion and stay silent. */
export function isNoOp(candidate: KubeObject, current: KubeObject): boolean {
  const strip = (object: KubeObject) => ({
    ...object,
    metadata: { ...object.metadata, resourceVersion: undefined },
  });
  return isDeepStrictEqual(strip(candidate), strip(current));
}
