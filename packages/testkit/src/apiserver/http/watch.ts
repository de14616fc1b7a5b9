// Watch streams: newline-delimited events from a resourceVersion, bookmarks, timeouts and 410 for compacted history.
import { apiErrors } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import type { RecordedChange } from '../store/changes.ts';
import { compileSelectors, type ObjectPredicate, type SelectorOptions } from '../store/selectors.ts';
import type { RequestContext } from './context.ts';
import { contentTypeOf, type Representation } from './negotiation.ts';
import { parseIncludeObject, partialObjectMetadata, toTable } from './table.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

/**
 * What a watcher with a selector sees of a change, as the watch cache decides it: objects moving into
 * the selection are ADDED, moving out are DELETED (with their previous content).
 */
export function eventFor(
  change: RecordedChange,
  type: ResourceType,
  matches: ObjectPredicate,
): WatchEvent | undefined {
  if (change.resourceType !== type) return undefined;
  const before = change.previous !== undefined && matches(change.previous);
  if (change.type === 'DELETED') return before ? { type: 'DELETED', object: change.object } : undefined;
  const now = matches(change.object);
  if (now) return { type: before ? 'MODIFIED' : 'ADDED', object: change.object };
  if (!before || !change.previous) return undefined;
  const previous = change.previous;
  return {
    type: 'DELETED',
    object: { ...previous, metadata: { ...previous.metadata, resourceVersion: String(change.revision) } },
  };
}

function parseRevision(text: string): number {
  if (!/^\d+$/.test(text)) throw apiErrors.badRequest(`invalid resource version "${text}"`);
  return Number(text);
}

export function serveWatch(
  ctx: RequestContext,
  type: ResourceType,
  selectors: SelectorOptions,
  representation: Representation,
): void {
  const { query, cluster, response, request, settings } = ctx;
  const store = cluster.store;
  const matches = compileSelectors(selectors);
  const resourceVersion = query.get('resourceVersion') ?? '';
  const includeObject = parseIncludeObject(query.get('includeObject'));
  let columnsSent = false;
  const encode = (event: WatchEvent): string => {
    if (event.type === 'ERROR' || event.type === 'BOOKMARK') return JSON.stringify(event);
    if (representation.kind === 'metadata')
      return JSON.stringify({ type: event.type, object: partialObjectMetadata(event.object) });
    if (representation.kind !== 'table') return JSON.stringify(event);
    const object = toTable(type, [event.object], {
      version: representation.version,
      includeObject,
      withColumns: !columnsSent,
      now: settings.now(),
    });
    columnsSent = true;
    return JSON.stringify({ type: event.type, object });
  };

  const sendInitialEvents = query.get('sendInitialEvents') === 'true';
  let initial: WatchEvent[];
  if (resourceVersion === '' || resourceVersion === '0' || sendInitialEvents) {
    initial = store.select(type, selectors).map((object) => ({ type: 'ADDED', object }));
  } else {
    const changes = store.changesSince(parseRevision(resourceVersion));
    initial = (changes ?? []).flatMap((change) => eventFor(change, type, matches) ?? []);
    if (!changes) {
      const gone = apiErrors.expired(
        `too old resource version: ${resourceVersion} (${store.oldestResourceVersion})`,
      );
      response.writeHead(200, {
        'Content-Type': contentTypeOf(representation),
        'Cache-Control': 'no-cache, private',
      });
      response.end(`${JSON.stringify({ type: 'ERROR', object: gone.status })}\n`);
      return;
    }
  }
  const bookmark = (annotations?: Record<string, string>): WatchEvent => ({
    type: 'BOOKMARK',
    object: {
      apiVersion: type.apiVersion,
      kind: type.kind,
      metadata: { resourceVersion: store.resourceVersion, ...(annotations ? { annotations } : {}) },
    },
  });
  if (sendInitialEvents) initial.push(bookmark({ 'k8s.io/initial-events-end': 'true' }));

  response.writeHead(200, {
    'Content-Type': contentTypeOf(representation),
    'Cache-Control': 'no-cache, private',
  });
  // Clients wait for the headers before they consider the watch open, even when no event is due yet.
  response.flushHeaders();
  const write = (event: WatchEvent) => {
    if (!response.writableEnded) response.write(`${encode(event)}\n`);
  };
  initial.forEach(write);

  // Changes up to the starting revision were sent above (or are older than what was asked for).
  const startRevision = Math.max(
    Number(store.resourceVersion),
    resourceVersion === '' ? 0 : Number(resourceVersion),
  );
  const unsubscribe = store.subscribeRaw((change) => {
    if (change.revision <= startRevision) return;
    const event = eventFor(change, type, matches);
    if (event) write(event);
  });
  const timers: NodeJS.Timeout[] = [];
  if (query.get('allowWatchBookmarks') === 'true')
    timers.push(setInterval(() => write(bookmark()), settings.bookmarkIntervalMs));
  const timeoutSeconds = Number(query.get('timeoutSeconds') ?? settings.defaultWatchTimeoutSeconds);
  timers.push(setTimeout(() => close('end'), Math.max(0, timeoutSeconds) * 1000));

  const open = { response, close: (mode: 'end' | 'reset') => close(mode) };
  function close(mode: 'end' | 'reset'): void {
    unsubscribe();
    timers.forEach(clearTimeout);
    timers.forEach(clearInterval);
    cluster.watches.delete(open);
    if (mode === 'reset') request.socket.destroy();
    else if (!response.writableEnded) response.end();
  }
  cluster.watches.add(open);
  response.on('close', () => close('end'));
}
