// Answers a SelfSubjectAccessReview: checked like the API server checks it, decided by the authorize hook.
import { fieldErrors, type FieldError } from '../errors/fieldErrors.ts';
import { apiErrors } from '../errors/status.ts';
import { isJsonObject, type JsonObject } from '../objects.ts';
import { isAllowed, type AuthHooks, type RequestAttributes, type UserInfo } from '../http/auth.ts';
import { decodeObject, decodeReviewBody, decodeString } from './reviewBody.ts';
import { SELF_SUBJECT_ACCESS_REVIEW as SSAR } from './reviewTypes.ts';

const RESOURCE_FIELDS = ['namespace', 'verb', 'group', 'version', 'resource', 'subresource', 'name'] as const;
const NON_RESOURCE_FIELDS = ['path', 'verb'] as const;
/** Label and field selectors (Kubernetes 1.31+) are echoed back; the hook does not see them. */
const SELECTOR_FIELDS = ['fieldSelector', 'labelSelector'] as const;

function decodeAttributes(
  spec: JsonObject,
  key: 'resourceAttributes' | 'nonResourceAttributes',
  fields: readonly string[],
): JsonObject | undefined {
  const goType = key === 'resourceAttributes' ? 'v1.ResourceAttributes' : 'v1.NonResourceAttributes';
  const place = { struct: 'SelfSubjectAccessReviewSpec', field: `spec.${key}` };
  const value = decodeObject(SSAR, spec[key], place, goType);
  if (!value) return undefined;
  const decoded: JsonObject = {};
  const struct = goType.slice('v1.'.length);
  for (const field of fields) {
    const text = decodeString(SSAR, value[field], { struct, field: `spec.${key}.${field}` });
    if (text !== undefined) decoded[field] = text;
  }
  if (key === 'resourceAttributes') {
    for (const field of SELECTOR_FIELDS) if (isJsonObject(value[field])) decoded[field] = value[field];
  }
  return decoded;
}

/** Go compares metadata with an empty ObjectMeta, ignoring managedFields. */
function hasMetadata(metadata: JsonObject | undefined): boolean {
  return Object.entries(metadata ?? {}).some(
    ([key, value]) => key !== 'managedFields' && value !== null && value !== '',
  );
}

function validate(metadata: JsonObject | undefined, resource: unknown, nonResource: unknown): void {
  const errors: FieldError[] = [];
  if (resource && nonResource) {
    errors.push(
      fieldErrors.invalid(
        'spec.nonResourceAttributes',
        nonResource,
        'cannot be specified in combination with resourceAttributes',
      ),
    );
  }
  if (!resource && !nonResource) {
    errors.push(
      fieldErrors.invalid(
        'spec.resourceAttributes',
        null,
        'exactly one of nonResourceAttributes or resourceAttributes must be specified',
      ),
    );
  }
  if (hasMetadata(metadata)) errors.push(fieldErrors.invalid('metadata', metadata, 'must be empty'));
  if (errors.length === 0) return;
  const error = apiErrors.invalid(SSAR, '', errors);
  // The real answer names no object: an empty name is left out of its details.
  delete error.status.details?.name;
  throw error;
}

const textOf = (attributes: JsonObject | undefined, field: string): string | undefined => {
  const value = attributes?.[field];
  return typeof value === 'string' ? value : undefined;
};

function attributesOf(
  cluster: string,
  user: UserInfo,
  resource: JsonObject | undefined,
  nonResource: JsonObject | undefined,
): RequestAttributes {
  if (!resource) {
    const path = textOf(nonResource, 'path') ?? '';
    return { cluster, user, verb: textOf(nonResource, 'verb') ?? '', group: '', resource: path, path };
  }
  const [subresource, namespace, name] = ['subresource', 'namespace', 'name'].map((f) => textOf(resource, f));
  return {
    cluster,
    user,
    verb: textOf(resource, 'verb') ?? '',
    group: textOf(resource, 'group') ?? '',
    resource: textOf(resource, 'resource') ?? '',
    ...(subresource !== undefined ? { subresource } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}

export interface Requester {
  cluster: string;
  user: UserInfo;
  hooks: AuthHooks;
}

/**
 * The review with its status. A refusal is RBAC's "no opinion": `allowed: false` without `denied` or a reason.
 * Throws 400 for a body Go could not decode and 422 when it names neither or both kinds of attributes.
 */
export function answerAccessReview(body: unknown, { cluster, user, hooks }: Requester) {
  const review = decodeReviewBody(SSAR, body);
  const topLevel = (field: string) => ({ struct: SSAR.kind, field });
  const metadata = decodeObject(SSAR, review.metadata, topLevel('metadata'), 'v1.ObjectMeta');
  const spec = decodeObject(SSAR, review.spec, topLevel('spec'), 'v1.SelfSubjectAccessReviewSpec') ?? {};
  const resource = decodeAttributes(spec, 'resourceAttributes', RESOURCE_FIELDS);
  const nonResource = decodeAttributes(spec, 'nonResourceAttributes', NON_RESOURCE_FIELDS);
  validate(metadata, resource, nonResource);
  const allowed = isAllowed(hooks, attributesOf(cluster, user, resource, nonResource));
  const reason = hooks.authorize ? 'allowed by the authorize hook' : 'allowed: no authorize hook is set';
  return {
    kind: SSAR.kind,
    apiVersion: SSAR.apiVersion,
    metadata: { creationTimestamp: null },
    spec: {
      ...(resource ? { resourceAttributes: resource } : {}),
      ...(nonResource ? { nonResourceAttributes: nonResource } : {}),
    },
    status: allowed ? { allowed, reason } : { allowed },
  };
}
