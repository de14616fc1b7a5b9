// The BFF's in-memory copy of every site's connectors, listeners and sites, fed only by watches.
import type { ChangeType, WatchedKind, WatchedResource } from '../sites/types.ts';

export interface StoredChange {
  site: string;
  kind: WatchedKind;
  type: ChangeType;
  resource: WatchedResource;
  /** The stored resource before this change (undefined when it was added). */
  previous?: WatchedResource;
}

type Listener = (change: StoredChange) => void;

function nameOf(resource: WatchedResource): string {
  return resource.metadata.name ?? '';
}

export class ResourceStore {
  /** site → kind → name → resource */
  private readonly sites = new Map<string, Map<WatchedKind, Map<string, WatchedResource>>>();
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(site: string, kind: WatchedKind, name: string): WatchedResource | undefined {
    return this.kindMap(site, kind)?.get(name);
  }

  list(site: string, kind: WatchedKind): WatchedResource[] {
    return [...(this.kindMap(site, kind)?.values() ?? [])];
  }

  /** Every resource of a kind, with its site, in site order then insertion order. */
  *all(kind: WatchedKind): Generator<{ site: string; resource: WatchedResource }> {
    for (const [site, kinds] of this.sites) {
      for (const resource of kinds.get(kind)?.values() ?? []) yield { site, resource };
    }
  }

  count(kind: WatchedKind): number {
    let total = 0;
    for (const kinds of this.sites.values()) total += kinds.get(kind)?.size ?? 0;
    return total;
  }

  /** Apply one watch event. Events that change nothing (same resourceVersion) are dropped. */
  apply(site: string, kind: WatchedKind, type: ChangeType, resource: WatchedResource): void {
    const name = nameOf(resource);
    const map = this.ensureKindMap(site, kind);
    const previous = map.get(name);
    if (type === 'DELETED') {
      if (!previous) return;
      map.delete(name);
      this.emit({ site, kind, type, resource, previous });
      return;
    }
    if (
      previous &&
      previous.metadata.resourceVersion === resource.metadata.resourceVersion &&
      previous.metadata.resourceVersion
    ) {
      return;
    }
    map.set(name, resource);
    this.emit({
      site,
      kind,
      type: previous ? 'MODIFIED' : 'ADDED',
      resource,
      ...(previous ? { previous } : {}),
    });
  }

  /** Replace everything known of one kind in a site with a complete listing, emitting only the differences. */
  replaceAll(site: string, kind: WatchedKind, items: WatchedResource[]): void {
    const map = this.ensureKindMap(site, kind);
    const incoming = new Set(items.map(nameOf));
    for (const [name, resource] of map) {
      if (!incoming.has(name)) this.apply(site, kind, 'DELETED', resource);
    }
    for (const item of items) this.apply(site, kind, 'MODIFIED', item);
  }

  /** Forget a site entirely (it was removed from the configuration). */
  dropSite(site: string): void {
    const kinds = this.sites.get(site);
    if (!kinds) return;
    for (const [kind, map] of kinds) {
      for (const resource of [...map.values()]) this.apply(site, kind, 'DELETED', resource);
    }
    this.sites.delete(site);
  }

  private kindMap(site: string, kind: WatchedKind): Map<string, WatchedResource> | undefined {
    return this.sites.get(site)?.get(kind);
  }

  private ensureKindMap(site: string, kind: WatchedKind): Map<string, WatchedResource> {
    let kinds = this.sites.get(site);
    if (!kinds) {
      kinds = new Map();
      this.sites.set(site, kinds);
    }
    let map = kinds.get(kind);
    if (!map) {
      map = new Map();
      kinds.set(kind, map);
    }
    return map;
  }

  private emit(change: StoredChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
