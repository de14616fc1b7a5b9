// What the console shows of a local site: desired resources from input/ with observed status from runtime/.
// `skupper connector status` reads runtime/resources/Connector-<name>.yaml (falling back to input/ before the
// first reload) and shows that copy whole; the console instead shows what the user asked for (input) with
// what the controller last observed (runtime status), so a saved but not yet reloaded edit is visible.
import type { ChangeType, SiteEventSink, WatchedKind, WatchedResource } from '../types.ts';
import { isRecord, type ResourceDocument, type ResourceFolder } from './resourceFiles.ts';

export const WATCHED_KINDS: readonly WatchedKind[] = ['Connector', 'Listener', 'Site'];

export type SiteSnapshot = Record<WatchedKind, Map<string, WatchedResource>>;

export interface SnapshotChange {
  kind: WatchedKind;
  type: ChangeType;
  resource: WatchedResource;
}

export function isWatchedKind(kind: string): kind is WatchedKind {
  return (WATCHED_KINDS as readonly string[]).includes(kind);
}

export function emptySnapshot(): SiteSnapshot {
  return { Connector: new Map(), Listener: new Map(), Site: new Map() };
}

/** Desired spec and metadata, the file's hash as resourceVersion, and the status the runtime reports. */
export function observedResource(
  document: ResourceDocument,
  runtimeObject?: Record<string, unknown>,
): WatchedResource {
  const { status: _desiredStatus, ...desired } = document.object;
  const metadata = isRecord(desired['metadata']) ? desired['metadata'] : {};
  const resource: Record<string, unknown> = {
    ...desired,
    metadata: { ...metadata, resourceVersion: document.version },
  };
  const status = runtimeObject?.['status'];
  if (isRecord(status)) resource['status'] = status;
  // The kind was checked by the caller; the rest of the shape is the user's file, shown as it is.
  return resource as unknown as WatchedResource;
}

const key = (kind: string, name: string): string => `${kind}/${name}`;

export function buildSnapshot(input: ResourceFolder, runtime: ResourceFolder): SiteSnapshot {
  const observed = new Map<string, Record<string, unknown>>();
  for (const document of runtime.documents) observed.set(key(document.kind, document.name), document.object);
  const snapshot = emptySnapshot();
  for (const document of input.documents) {
    if (!isWatchedKind(document.kind)) continue;
    const runtimeObject = observed.get(key(document.kind, document.name));
    snapshot[document.kind].set(document.name, observedResource(document, runtimeObject));
  }
  return snapshot;
}

export function diffSnapshots(before: SiteSnapshot, after: SiteSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  for (const kind of WATCHED_KINDS) {
    const old = before[kind];
    const next = after[kind];
    for (const [name, resource] of next) {
      const previous = old.get(name);
      if (!previous) changes.push({ kind, type: 'ADDED', resource });
      else if (JSON.stringify(previous) !== JSON.stringify(resource))
        changes.push({ kind, type: 'MODIFIED', resource });
    }
    for (const [name, resource] of old) {
      if (!next.has(name)) changes.push({ kind, type: 'DELETED', resource });
    }
  }
  return changes;
}

/** Tells the sink about `next`: as complete listings, or as the changes since `previous`. */
export function publishSnapshot(
  sink: SiteEventSink,
  previous: SiteSnapshot,
  next: SiteSnapshot,
  replace: boolean,
): void {
  if (replace) {
    for (const kind of WATCHED_KINDS) sink.replaceAll(kind, [...next[kind].values()]);
    return;
  }
  for (const change of diffSnapshots(previous, next)) sink.change(change.kind, change.type, change.resource);
}
