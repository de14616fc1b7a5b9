// Routes a request inside a cluster prefix to discovery, reviews, reads, watches or writes.
import { apiErrors, failure } from '../errors/status.ts';
import { groupResourceOf } from '../resources/types.ts';
import { authorize, type AuthHooks, type UserInfo } from './auth.ts';
import type { RequestContext } from './context.ts';
import {
  aggregatedContentType,
  aggregatedDiscovery,
  aggregatedDiscoveryVersion,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  groupNames,
  SERVER_VERSION,
} from './discovery.ts';
import { openApiDocument, openApiIndex } from './openapi.ts';
import { parseApiPath, type ResourcePath } from './paths.ts';
import { serveGet, serveList } from './read.ts';
import { sendJson } from './respond.ts';
import { serveReview } from './reviews.ts';
import { serveCreate, serveDelete, serveDeleteCollection, servePatch, serveReplace } from './write.ts';

const pathNotFound = () => failure(404, 'the server could not find the requested resource', 'NotFound', {});

function verbOf(method: string, path: ResourcePath, watch: boolean): string {
  const named = path.name !== undefined;
  switch (method) {
    case 'GET':
      return named ? 'get' : watch ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
    default:
      throw apiErrors.methodNotAllowed();
  }
}

function serveDiscovery(ctx: RequestContext, legacy: boolean, group?: string, version?: string): void {
  const accept = ctx.request.headers.accept;
  if (version === undefined && group === undefined) {
    const aggregated = aggregatedDiscoveryVersion(accept);
    if (aggregated)
      return sendJson(
        ctx.response,
        200,
        aggregatedDiscovery(legacy, aggregated),
        aggregatedContentType(aggregated),
      );
    return sendJson(ctx.response, 200, legacy ? apiVersions(ctx.request.headers.host ?? '') : apiGroupList());
  }
  if (version === undefined) {
    if (!group || !groupNames().includes(group)) throw pathNotFound();
    return sendJson(ctx.response, 200, apiGroup(group));
  }
  const list = apiResourceList(group ?? '', version);
  if (!list) throw pathNotFound();
  sendJson(ctx.response, 200, list);
}

function serveNonResource(ctx: RequestContext, pathname: string): void {
  if (pathname === '/version') return sendJson(ctx.response, 200, SERVER_VERSION);
  if (pathname === '/openapi/v3') return sendJson(ctx.response, 200, openApiIndex());
  if (pathname.startsWith('/openapi/v3/')) {
    const document = openApiDocument(pathname.slice('/openapi/v3/'.length));
    if (document) return sendJson(ctx.response, 200, document);
  }
  if (['/healthz', '/livez', '/readyz'].includes(pathname)) {
    ctx.response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    ctx.response.end('ok');
    return;
  }
  throw pathNotFound();
}

export async function dispatch(
  ctx: RequestContext,
  pathname: string,
  hooks: AuthHooks,
  user: UserInfo,
): Promise<void> {
  const parsed = parseApiPath(pathname);
  if (parsed.kind === 'other') return serveNonResource(ctx, pathname);
  if (parsed.kind === 'discovery') {
    if (ctx.request.method !== 'GET') throw apiErrors.methodNotAllowed();
    return serveDiscovery(ctx, parsed.legacy, parsed.group, parsed.version);
  }
  // Not asked of the authorize hook: real clusters let every authenticated user create reviews (system:basic-user).
  if (parsed.kind === 'review') return serveReview(ctx, parsed.review, hooks, user);
  const path = parsed.resource;
  const method = ctx.request.method ?? 'GET';
  const watch = ['true', '1'].includes(ctx.query.get('watch') ?? '');
  const verb = verbOf(method, path, watch);
  const { group, resource } = groupResourceOf(path.type);
  authorize(hooks, {
    cluster: ctx.cluster.name,
    user,
    verb,
    group,
    resource,
    ...(path.subresource !== undefined ? { subresource: path.subresource } : {}),
    ...(path.namespace !== undefined ? { namespace: path.namespace } : {}),
    ...(path.name !== undefined ? { name: path.name } : {}),
  });
  if (path.subresource !== undefined && !(path.subresource === 'status' && path.type.statusSubresource))
    throw pathNotFound();
  const name = path.name;
  if (name === undefined) {
    if (method === 'GET') return serveList(ctx, path);
    if (method === 'POST') return serveCreate(ctx, path);
    if (method === 'DELETE') return serveDeleteCollection(ctx, path);
    throw apiErrors.methodNotAllowed();
  }
  switch (method) {
    case 'GET':
      return serveGet(ctx, path, name);
    case 'PUT':
      return serveReplace(ctx, path);
    case 'PATCH':
      return servePatch(ctx, path, name);
    case 'DELETE':
      if (path.subresource !== undefined) throw apiErrors.methodNotAllowed();
      return serveDelete(ctx, path, name);
    default:
      throw apiErrors.methodNotAllowed();
  }
}
