// GET of one object, and lists with selectors, pagination (limit/continue) and resourceVersion semantics.
import { apiErrors } from '../errors/status.ts';
import { groupResourceOf } from '../resources/types.ts';
import { storageKey } from '../store/objectIndex.ts';
import type { SelectorOptions } from '../store/selectors.ts';
import type { RequestContext } from './context.ts';
import { chooseRepresentation, contentTypeOf } from './negotiation.ts';
import type { ResourcePath } from './paths.ts';
import { renderList, renderObject, type ListMetadata } from './render.ts';
import { sendJson } from './respond.ts';
import { parseIncludeObject } from './table.ts';
import { serveWatch } from './watch.ts';

export function serveGet(ctx: RequestContext, path: ResourcePath, name: string): void {
  const representation = chooseRepresentation(ctx.request.headers.accept);
  const object = ctx.cluster.store.find(path.type, path.namespace, name);
  if (!object) throw apiErrors.notFound(groupResourceOf(path.type), name);
  const body = renderObject(
    path.type,
    object,
    representation,
    parseIncludeObject(ctx.query.get('includeObject')),
    ctx.settings.now(),
  );
  sendJson(ctx.response, 200, body, contentTypeOf(representation));
}

function selectorsOf(ctx: RequestContext, path: ResourcePath): SelectorOptions {
  const selectors: SelectorOptions = {};
  if (path.namespace !== undefined) selectors.namespace = path.namespace;
  const labelSelector = ctx.query.get('labelSelector');
  const fieldSelector = ctx.query.get('fieldSelector');
  if (labelSelector) selectors.labelSelector = labelSelector;
  if (fieldSelector) selectors.fieldSelector = fieldSelector;
  return selectors;
}

/** Where the next page starts: after this storage key, in the store's order. */
interface ContinueToken {
  rv: number;
  start: string;
}

function decodeContinue(token: string): ContinueToken {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<ContinueToken>;
    const { rv, start } = parsed;
    if (typeof rv === 'number' && typeof start === 'string') return { rv, start };
  } catch {
    // fall through to the error below
  }
  throw apiErrors.badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

/** resourceVersion on a list: "not older than" by default, or exactly that version with resourceVersionMatch=Exact. */
function checkListResourceVersion(ctx: RequestContext): void {
  const requested = ctx.query.get('resourceVersion');
  if (!requested || requested === '0') return;
  const store = ctx.cluster.store;
  if (!/^\d+$/.test(requested)) throw apiErrors.badRequest(`invalid resource version "${requested}"`);
  if (Number(requested) > Number(store.resourceVersion)) {
    throw apiErrors.tooLargeResourceVersion(requested, store.resourceVersion);
  }
  const exact = ctx.query.get('resourceVersionMatch') === 'Exact';
  if (exact && Number(requested) < Number(store.oldestResourceVersion)) {
    throw apiErrors.expired('The resourceVersion for the provided list is too old.');
  }
}

export function serveList(ctx: RequestContext, path: ResourcePath): void {
  const representation = chooseRepresentation(ctx.request.headers.accept);
  const selectors = selectorsOf(ctx, path);
  const watch = ctx.query.get('watch');
  if (watch === 'true' || watch === '1') return serveWatch(ctx, path.type, selectors, representation);
  checkListResourceVersion(ctx);
  const store = ctx.cluster.store;
  let items = store.select(path.type, selectors);
  const metadata: ListMetadata = { resourceVersion: store.resourceVersion };
  const continueText = ctx.query.get('continue');
  if (continueText) {
    const token = decodeContinue(continueText);
    if (token.rv < Number(store.oldestResourceVersion)) {
      throw apiErrors.expired(
        'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
      );
    }
    metadata.resourceVersion = String(token.rv);
    items = items.filter((item) => storageKey(item) > token.start);
  }
  const limit = Number(ctx.query.get('limit') ?? 0);
  if (limit > 0 && items.length > limit) {
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    const token: ContinueToken = {
      rv: Number(metadata.resourceVersion),
      start: last ? storageKey(last) : '',
    };
    metadata.continue = Buffer.from(JSON.stringify(token)).toString('base64url');
    metadata.remainingItemCount = items.length - limit;
    items = page;
  }
  const includeObject = parseIncludeObject(ctx.query.get('includeObject'));
  const body = renderList(path.type, items, metadata, representation, includeObject, ctx.settings.now());
  sendJson(ctx.response, 200, body, contentTypeOf(representation));
}
