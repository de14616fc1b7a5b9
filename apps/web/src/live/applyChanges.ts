// The pure reducer that folds a batch of live changes into a cached list of connectors or listeners.
import type { ChangeEvent, ConnectorListItem, ListenerListItem } from '@connector-console/model';

export interface EntryKinds {
  Connector: ConnectorListItem;
  Listener: ListenerListItem;
}
export type EntryKind = keyof EntryKinds;

/** One entry per site and name: the identity rows and live changes share. */
export function entryKey(site: string, name: string | undefined): string {
  return `${site}/${name ?? ''}`;
}

function isUnchanged(previous: ConnectorListItem | ListenerListItem, change: ChangeEvent): boolean {
  const before = previous.resource.metadata.resourceVersion;
  return (
    before !== undefined &&
    before === change.resource.metadata.resourceVersion &&
    (change.matching === undefined || JSON.stringify(change.matching) === JSON.stringify(previous.matching))
  );
}

/**
 * ADDED and MODIFIED are upserts, DELETED removes. Rows no change touches keep their object identity, and a
 * batch with nothing for this kind returns the very same array, so that nothing re-renders needlessly.
 */
export function applyChanges<K extends EntryKind>(
  entries: readonly EntryKinds[K][],
  changes: readonly ChangeEvent[],
  kind: K,
): EntryKinds[K][] {
  const relevant = changes.filter((change) => change.kind === kind);
  if (relevant.length === 0) return entries as EntryKinds[K][];
  const positions = new Map(
    entries.map((entry, at) => [entryKey(entry.site, entry.resource.metadata.name), at]),
  );
  const next = entries.slice();
  const removed = new Set<number>();
  let changed = false;
  for (const change of relevant) {
    const key = entryKey(change.site, change.resource.metadata.name);
    const at = positions.get(key);
    const previous = at === undefined ? undefined : next[at];
    if (change.type === 'DELETED') {
      if (at === undefined) continue;
      removed.add(at);
      positions.delete(key);
      changed = true;
      continue;
    }
    if (previous && isUnchanged(previous, change)) continue;
    // The server sends matching with every upsert; should one lack it, the last known answer still holds.
    const matching = change.matching ?? previous?.matching;
    if (!matching) continue;
    const entry = { site: change.site, resource: change.resource, matching } as EntryKinds[K];
    if (at === undefined) {
      positions.set(key, next.length);
      next.push(entry);
    } else {
      next[at] = entry;
    }
    changed = true;
  }
  if (!changed) return entries as EntryKinds[K][];
  return removed.size > 0 ? next.filter((_, at) => !removed.has(at)) : next;
}
