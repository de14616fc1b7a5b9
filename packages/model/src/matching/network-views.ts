// The controller's own picture of the network (Site.status.network), per console site, indexed by routing key.
import type { NetworkSite, Site } from '../types.ts';
import type { Located } from './located.ts';

/** One site of the network that has connectors or listeners for a routing key, as the controller sees it. */
export interface NetworkServiceEntry {
  siteName: string;
  siteId?: string;
  namespace?: string;
  platform?: string;
  listeners: string[];
  connectors: string[];
}

export interface NetworkView {
  /** The Site resource whose status this view comes from. */
  site: Site;
  /** Ids of every site in the network, to tell which sites are linked. */
  siteIds: ReadonlySet<string>;
  /** The entry for the site itself, which tells its platform. */
  self?: NetworkSite;
  byRoutingKey: ReadonlyMap<string, readonly NetworkServiceEntry[]>;
}

// The active Site is the one with a network in its status; a Ready one wins, then the first by name.
function activeSite(sites: Iterable<Site>): Site | undefined {
  const rank = (site: Site) => (site.status?.status === 'Ready' ? 0 : 1);
  let best: Site | undefined;
  for (const site of sites) {
    if (!site.status?.network) continue;
    const better =
      !best ||
      rank(site) < rank(best) ||
      (rank(site) === rank(best) && (site.metadata.name ?? '') < (best.metadata.name ?? ''));
    if (better) best = site;
  }
  return best;
}

function buildView(site: Site): NetworkView {
  const byRoutingKey = new Map<string, NetworkServiceEntry[]>();
  const siteIds = new Set<string>();
  const network = site.status?.network ?? [];
  for (const record of network) {
    if (record.id) siteIds.add(record.id);
    for (const service of record.services ?? []) {
      if (!service.routingKey) continue;
      const entries = byRoutingKey.get(service.routingKey) ?? [];
      entries.push({
        siteName: record.name,
        ...(record.id ? { siteId: record.id } : {}),
        ...(record.namespace ? { namespace: record.namespace } : {}),
        ...(record.platform ? { platform: record.platform } : {}),
        listeners: service.listeners ?? [],
        connectors: service.connectors ?? [],
      });
      byRoutingKey.set(service.routingKey, entries);
    }
  }
  const uid = site.metadata.uid;
  const self = network.find((record) => (uid ? record.id === uid : record.name === site.metadata.name));
  return { site, siteIds, byRoutingKey, ...(self ? { self } : {}) };
}

export class NetworkViews {
  readonly #sites = new Map<string, Map<string, Site>>();
  // Built on first use after a change, so a burst of Site events costs one rebuild.
  readonly #views = new Map<string, NetworkView | null>();

  upsert({ site, resource }: Located<Site>): void {
    const name = resource.metadata?.name;
    if (!name) return;
    const sites = this.#sites.get(site) ?? new Map<string, Site>();
    sites.set(name, resource);
    this.#sites.set(site, sites);
    this.#views.delete(site);
  }

  remove(site: string, name: string): boolean {
    const sites = this.#sites.get(site);
    const removed = sites?.delete(name) ?? false;
    if (sites?.size === 0) this.#sites.delete(site);
    this.#views.delete(site);
    return removed;
  }

  removeSite(site: string): void {
    this.#sites.delete(site);
    this.#views.delete(site);
  }

  /** The controller's view from this console site, or undefined when no Site there reports a network. */
  viewOf(site: string): NetworkView | undefined {
    let view = this.#views.get(site);
    if (view === undefined) {
      const active = activeSite(this.#sites.get(site)?.values() ?? []);
      view = active ? buildView(active) : null;
      this.#views.set(site, view);
    }
    return view ?? undefined;
  }

  /** The Skupper site ids (Site uids) known for a console site. */
  siteIdsOf(site: string): string[] {
    const ids: string[] = [];
    for (const resource of this.#sites.get(site)?.values() ?? []) {
      if (resource.metadata.uid) ids.push(resource.metadata.uid);
    }
    return ids;
  }

  all(): Located<Site>[] {
    return [...this.#sites].flatMap(([site, sites]) =>
      [...sites.values()].map((resource) => ({ site, resource })),
    );
  }
}
