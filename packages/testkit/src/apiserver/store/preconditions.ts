// Preconditions of writes: the resourceVersion of updates and patches, the uid and resourceVersion of deletes.
import { fieldErrors } from '../errors/fieldErrors.ts';
import { apiErrors } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import { groupResourceOf, type ResourceType } from '../resources/types.ts';
import { applyPatch, type Patch } from './patch.ts';

export interface DeletePreconditions {
  uid?: string;
  resourceVersion?: string;
}

/** A resourceVersion in the request must be the current one (409); `required` also refuses none (422). */
export function checkResourceVersion(
  type: ResourceType,
  object: KubeObject,
  current: KubeObject,
  required: boolean,
): void {
  const expected = object.metadata.resourceVersion;
  const name = current.metadata.name ?? '';
  if ((expected === undefined || expected === '') && required) {
    throw apiErrors.invalid({ group: type.group, kind: type.kind }, name, [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.resourceVersion',
        message: 'Invalid value: 0x0: must be specified for an update',
      },
    ]);
  }
  if (expected && expected !== current.metadata.resourceVersion)
    throw apiErrors.conflict(groupResourceOf(type), name);
}

export function checkDeletePreconditions(
  type: ResourceType,
  current: KubeObject,
  preconditions: DeletePreconditions = {},
): void {
  const name = current.metadata.name ?? '';
  const { uid, resourceVersion } = preconditions;
  if (uid !== undefined && uid !== current.metadata.uid) {
    throw apiErrors.conflict(
      groupResourceOf(type),
      name,
      `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${current.metadata.uid ?? ''}`,
    );
  }
  if (resourceVersion !== undefined && resourceVersion !== current.metadata.resourceVersion) {
    throw apiErrors.conflict(
      groupResourceOf(type),
      name,
      `Precondition failed: ResourceVersion in precondition: ${resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion ?? ''}`,
    );
  }
}

/** The object a patch produces; it may not rename the object or change its kind, and a resourceVersion it sets must be current. */
export function patchedObject(type: ResourceType, current: KubeObject, patch: Patch): KubeObject {
  const name = current.metadata.name ?? '';
  const patched = applyPatch(current, patch) as KubeObject;
  if (!isJsonObject(patched.metadata)) throw apiErrors.badRequest('metadata must be an object');
  if (patched.metadata.name !== name) {
    throw apiErrors.invalid({ group: type.group, kind: type.kind }, name, [
      fieldErrors.invalid('metadata.name', patched.metadata.name, 'field is immutable'),
    ]);
  }
  if (patched.apiVersion !== type.apiVersion || patched.kind !== type.kind) {
    throw apiErrors.badRequest(`the patch may not change apiVersion or kind of ${type.plural} "${name}"`);
  }
  checkResourceVersion(type, patched, current, false);
  return patched;
}
