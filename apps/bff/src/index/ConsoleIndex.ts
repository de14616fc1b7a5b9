// Every site's connectors and listeners with their matching answers, kept current from the store's changes.
import {
  MatchingIndex,
  matchConnector,
  matchListener,
  summarizeMatch,
  type Connector,
  type ConnectorEntry,
  type ConnectorListItem,
  type Listener,
  type ListenerEntry,
  type ListenerListItem,
  type MatchingSummary,
  type MatchOptions,
  type Platform,
  type Site,
  type ChangeType,
  type ViewChange,
  type WatchedResource,
} from '@connector-console/model';
import type { ResourceStore, StoredChange } from './ResourceStore.ts';

export type { ConnectorEntry, ConnectorListItem, ListenerEntry, ListenerListItem, ViewChange };

type Matchable = 'Connector' | 'Listener';
type Visible = (site: string) => boolean;
type ListItem = ConnectorListItem | ListenerListItem;

interface Cached {
  resource: WatchedResource;
  item: ListItem;
  /** The item as JSON, so a list of thousands is joined rather than serialised again. */
  json: string;
}

type ViewListener = (changes: ViewChange[]) => void;

const entryKey = (kind: Matchable, site: string, name: string) => `${kind}\u0000${site}\u0000${name}`;

function routingKey(resource: WatchedResource | undefined): string | undefined {
  const spec = resource?.spec as { routingKey?: unknown } | undefined;
  return typeof spec?.routingKey === 'string' ? spec.routingKey : undefined;
}

/** A resource without a spec (a hand-edited local file) still shows, with nothing matched. */
function matchable<T extends Connector | Listener>(resource: T): T {
  return routingKey(resource) === undefined
    ? { ...resource, spec: { ...resource.spec, routingKey: '' } }
    : resource;
}

export class ConsoleIndex {
  readonly matching = new MatchingIndex();
  private readonly cache = new Map<string, Cached>();
  private readonly listeners = new Set<ViewListener>();
  private platformOf: (site: string) => Platform | undefined = () => undefined;
  private pending: Pending = emptyPending();
  private flushScheduled = false;
  private warmQueue: { kind: Matchable; site: string; name: string }[] = [];
  private warming = false;
  private hasInterest: () => boolean = () => true;

  constructor(private readonly store: ResourceStore) {
    store.subscribe((change) => this.onChange(change));
  }

  /** Matching treats local sites differently; the registry says which site runs where. */
  setPlatforms(platformOf: (site: string) => Platform | undefined): void {
    this.platformOf = platformOf;
    this.cache.clear();
  }

  /** Without anyone to tell, answers are computed in the background instead of as change events. */
  setInterest(hasInterest: () => boolean): void {
    this.hasInterest = hasInterest;
  }

  subscribe(listener: ViewListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  connectors(): ConnectorListItem[] {
    return this.cachedAll('Connector').map((c) => c.item as ConnectorListItem);
  }

  listenerItems(): ListenerListItem[] {
    return this.cachedAll('Listener').map((c) => c.item as ListenerListItem);
  }

  /** `{"items": [...]}` for a list endpoint, built from each item's cached JSON. */
  listJson(kind: Matchable): string {
    return `{"items":[${this.cachedAll(kind)
      .map((c) => c.json)
      .join(',')}]}`;
  }

  /** `visible`: the sites whose counterparts the asker may see (per-user mode); default every site. */
  connector(site: string, name: string, visible?: Visible): ConnectorEntry | undefined {
    const resource = this.store.get(site, 'Connector', name) as Connector | undefined;
    if (!resource) return undefined;
    const located = { site, resource: matchable(resource) };
    return { site, resource, matching: matchConnector(this.matching, located, this.options(site, visible)) };
  }

  listener(site: string, name: string, visible?: Visible): ListenerEntry | undefined {
    const resource = this.store.get(site, 'Listener', name) as Listener | undefined;
    if (!resource) return undefined;
    const located = { site, resource: matchable(resource) };
    return { site, resource, matching: matchListener(this.matching, located, this.options(site, visible)) };
  }

  /**
   * A list item or change as someone who sees only some sites sees it: nothing from other sites, and a matching
   * summary that neither counts nor names counterparts there. Computed per asker, so never cached.
   */
  asSeenBy<T extends { site: string; resource: WatchedResource; matching?: MatchingSummary }>(
    item: T,
    visible: Visible,
  ): T | undefined {
    if (!visible(item.site)) return undefined;
    if (!item.matching) return item;
    const located = { site: item.site, resource: matchable(item.resource as Connector | Listener) };
    return { ...item, matching: summarizeMatch(this.matching, located, this.options(item.site, visible)) };
  }

  /** The site's own Site resource (the active one, when a namespace holds several), with the controller's network view. */
  siteResource(site: string): Site | undefined {
    const sites = this.store.list(site, 'Site') as Site[];
    return sites.find((s) => s.status?.status === 'Ready') ?? sites[0];
  }

  private options(site: string, visible?: Visible): MatchOptions {
    const platform = this.platformOf(site);
    return { ...(platform ? { platform } : {}), ...(visible ? { visible } : {}) };
  }

  private cachedAll(kind: Matchable): Cached[] {
    const items: Cached[] = [];
    for (const { site, resource } of this.store.all(kind))
      items.push(this.cached(kind, site, resource as Connector | Listener));
    return items;
  }

  private cached(kind: Matchable, site: string, resource: Connector | Listener): Cached {
    const key = entryKey(kind, site, resource.metadata.name ?? '');
    const hit = this.cache.get(key);
    if (hit && hit.resource === resource) return hit;
    const matching = summarizeMatch(
      this.matching,
      { site, resource: matchable(resource) },
      this.options(site),
    );
    const item = { site, resource, matching } as ListItem;
    const cached = { resource, item, json: JSON.stringify(item) };
    this.cache.set(key, cached);
    return cached;
  }

  /**
   * Invalidates what a change touches and remembers it; answers are computed once per burst of changes (a relist
   * delivers thousands in one go) rather than once per change.
   */
  private onChange(change: StoredChange): void {
    const { site, kind, type, resource, previous } = change;
    const name = resource.metadata.name ?? '';
    if (type === 'DELETED') this.matching.remove(kind, site, name);
    else this.matching.upsert({ site, resource });

    const touch = (k: Matchable, s: string, n: string) => {
      const key = entryKey(k, s, n);
      this.cache.delete(key);
      if (!this.pending.deleted.has(key)) this.pending.dirty.set(key, { kind: k, site: s, name: n });
    };
    if (kind === 'Site') {
      this.pending.sites.push({ site, kind, type, resource });
      // The site's network view changed: every answer in that site may read differently now.
      for (const k of ['Connector', 'Listener'] as const) {
        for (const r of this.store.list(site, k)) touch(k, site, r.metadata.name ?? '');
      }
    } else {
      const key = entryKey(kind, site, name);
      if (type === 'DELETED') {
        this.cache.delete(key);
        this.pending.dirty.delete(key);
        this.pending.types.delete(key);
        this.pending.deleted.set(key, { site, kind, type, resource });
      } else {
        this.pending.deleted.delete(key);
        // Added and then modified within one burst is still news of an addition.
        if (this.pending.types.get(key) !== 'ADDED') this.pending.types.set(key, type);
        touch(kind, site, name);
      }
      const counterpart: Matchable = kind === 'Connector' ? 'Listener' : 'Connector';
      const index = counterpart === 'Connector' ? this.matching.connectors : this.matching.listeners;
      for (const rk of new Set([routingKey(resource), routingKey(previous)])) {
        if (rk === undefined) continue;
        for (const located of index.withRoutingKey(rk))
          touch(counterpart, located.site, located.resource.metadata.name ?? '');
      }
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Computes the fresh answers for everything touched since the last flush and tells the listeners. */
  flush(): void {
    this.flushScheduled = false;
    const { dirty, types, deleted, sites } = this.pending;
    this.pending = emptyPending();
    if (this.listeners.size === 0 || !this.hasInterest()) {
      this.warm(dirty.values());
      return;
    }
    const changes: ViewChange[] = [...sites, ...deleted.values()];
    for (const [key, item] of dirty) {
      const current = this.store.get(item.site, item.kind, item.name) as Connector | Listener | undefined;
      if (!current) continue;
      const { matching } = this.cached(item.kind, item.site, current).item;
      changes.push({
        site: item.site,
        kind: item.kind,
        type: types.get(key) ?? 'MODIFIED',
        resource: current,
        matching,
      });
    }
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
  }

  /** Fills the cache a chunk at a time, so the first list request after a relist is fast and the loop stays free. */
  private warm(items: Iterable<{ kind: Matchable; site: string; name: string }>): void {
    this.warmQueue.push(...items);
    if (this.warming) return;
    this.warming = true;
    const step = () => {
      for (const item of this.warmQueue.splice(0, WARM_CHUNK)) {
        const current = this.store.get(item.site, item.kind, item.name) as Connector | Listener | undefined;
        if (current) this.cached(item.kind, item.site, current);
      }
      if (this.warmQueue.length > 0) setImmediate(step);
      else this.warming = false;
    };
    setImmediate(step);
  }
}

const WARM_CHUNK = 500;

interface Pending {
  dirty: Map<string, { kind: Matchable; site: string; name: string }>;
  types: Map<string, ChangeType>;
  deleted: Map<string, ViewChange>;
  sites: ViewChange[];
}

function emptyPending(): Pending {
  return { dirty: new Map(), types: new Map(), deleted: new Map(), sites: [] };
}
