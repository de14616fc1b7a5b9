// Create, replace, patch and delete of custom resources over HTTP, with the real server's request checks.
import { apiErrors, successStatus } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import { resourceTypeOfKind } from '../resources/registry.ts';
import { groupResourceOf, type KindName } from '../resources/types.ts';
import { readObjectBody, readOptionalJson, readPatchBody } from './body.ts';
import { writeOptionsOf, type RequestContext } from './context.ts';
import type { ResourcePath } from './paths.ts';
import { sendJson } from './respond.ts';

/** The body must be of the URL's type and namespace; an absent namespace is taken from the URL. */
function checkedBody(path: ResourcePath, body: unknown): KubeObject {
  const { type } = path;
  if (!isJsonObject(body) || !body.kind)
    throw apiErrors.badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
  if (body.apiVersion !== type.apiVersion) {
    throw apiErrors.badRequest(
      `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (body.kind !== type.kind) {
    throw apiErrors.badRequest(
      `the kind in the data (${String(body.kind)}) does not match the expected kind (${type.kind})`,
    );
  }
  const metadata = isJsonObject(body.metadata) ? body.metadata : {};
  if (path.namespace !== undefined) {
    if (metadata.namespace && metadata.namespace !== path.namespace) {
      throw apiErrors.badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    metadata.namespace = path.namespace;
  }
  if (path.name !== undefined && metadata.name !== path.name) {
    throw apiErrors.badRequest(
      `the name of the object (${String(metadata.name ?? '')}) does not match the name on the URL (${path.name})`,
    );
  }
  return { ...body, metadata } as KubeObject;
}

function requireWritable(ctx: RequestContext, path: ResourcePath): void {
  if (!path.type.custom) throw apiErrors.methodNotAllowed();
  if (path.subresource !== undefined && path.subresource !== 'status') throw apiErrors.methodNotAllowed();
  if (path.type.namespaced && path.namespace === undefined) throw apiErrors.methodNotAllowed();
  if (
    path.namespace !== undefined &&
    !ctx.cluster.store.find(resourceTypeOfKind('Namespace'), undefined, path.namespace)
  ) {
    throw apiErrors.notFound({ group: '', resource: 'namespaces' }, path.namespace);
  }
}

export async function serveCreate(ctx: RequestContext, path: ResourcePath): Promise<void> {
  if (path.subresource !== undefined) throw apiErrors.methodNotAllowed();
  requireWritable(ctx, path);
  const object = checkedBody(path, await readObjectBody(ctx.request));
  const options = writeOptionsOf(ctx.query);
  const created = ctx.cluster.store.create(object, options);
  sendJson(ctx.response, 201, created, 'application/json', options.warnings);
}

export async function serveReplace(ctx: RequestContext, path: ResourcePath): Promise<void> {
  requireWritable(ctx, path);
  const object = checkedBody(path, await readObjectBody(ctx.request));
  const options = { ...writeOptionsOf(ctx.query), requireResourceVersion: true };
  const store = ctx.cluster.store;
  const updated =
    path.subresource === 'status' ? store.replaceStatus(object, options) : store.replace(object, options);
  sendJson(ctx.response, 200, updated, 'application/json', options.warnings);
}

export async function servePatch(ctx: RequestContext, path: ResourcePath, name: string): Promise<void> {
  requireWritable(ctx, path);
  const patch = await readPatchBody(ctx.request);
  const options = {
    ...writeOptionsOf(ctx.query),
    ...(path.subresource === 'status' ? { subresource: 'status' as const } : {}),
  };
  const patched = ctx.cluster.store.patch(path.type.kind as KindName, path.namespace, name, patch, options);
  sendJson(ctx.response, 200, patched, 'application/json', options.warnings);
}

function deleteOptionsOf(body: unknown): {
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: unknown;
} {
  if (!isJsonObject(body)) return {};
  const preconditions = isJsonObject(body.preconditions) ? body.preconditions : undefined;
  const result: { preconditions?: { uid?: string; resourceVersion?: string }; dryRun?: unknown } = {
    dryRun: body.dryRun,
  };
  if (preconditions) {
    result.preconditions = {};
    if (typeof preconditions.uid === 'string') result.preconditions.uid = preconditions.uid;
    if (typeof preconditions.resourceVersion === 'string')
      result.preconditions.resourceVersion = preconditions.resourceVersion;
  }
  return result;
}

/** 200 with a Success Status when the object is gone, or with the object while finalizers hold it. */
export async function serveDelete(ctx: RequestContext, path: ResourcePath, name: string): Promise<void> {
  requireWritable(ctx, path);
  const body = deleteOptionsOf(await readOptionalJson(ctx.request));
  const { dryRun } = writeOptionsOf(ctx.query, body.dryRun);
  const store = ctx.cluster.store;
  const kind = path.type.kind as KindName;
  const deleted = store.delete(kind, path.namespace, name, {
    dryRun,
    ...(body.preconditions ? { preconditions: body.preconditions } : {}),
  });
  if (store.find(path.type, path.namespace, name) && !dryRun) return sendJson(ctx.response, 200, deleted);
  const { group, resource } = groupResourceOf(path.type);
  const details = { name, kind: resource, uid: deleted.metadata.uid ?? '', ...(group ? { group } : {}) };
  sendJson(ctx.response, 200, successStatus(details));
}

/** DELETE on a collection: deletes what the selectors match and answers with the deleted objects. */
export async function serveDeleteCollection(ctx: RequestContext, path: ResourcePath): Promise<void> {
  requireWritable(ctx, path);
  const body = deleteOptionsOf(await readOptionalJson(ctx.request));
  const { dryRun } = writeOptionsOf(ctx.query, body.dryRun);
  const store = ctx.cluster.store;
  const selectors = {
    ...(path.namespace !== undefined ? { namespace: path.namespace } : {}),
    labelSelector: ctx.query.get('labelSelector') ?? '',
    fieldSelector: ctx.query.get('fieldSelector') ?? '',
  };
  const targets = store.select(path.type, selectors);
  const items = targets.map((object) =>
    store.delete(path.type.kind as KindName, object.metadata.namespace, object.metadata.name ?? '', {
      dryRun,
    }),
  );
  sendJson(ctx.response, 200, {
    apiVersion: path.type.apiVersion,
    kind: path.type.listKind,
    metadata: { resourceVersion: store.resourceVersion },
    items,
  });
}
