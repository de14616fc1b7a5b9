// Everything the console knows about connectors, listeners and Sites, indexed once for matching questions.
import type { Connector, Listener, Site, SkupperKind, SkupperResource } from '../types.ts';
import type { Located } from './located.ts';
import { NetworkViews } from './network-views.ts';
import { RoutingKeyIndex } from './routing-key-index.ts';

export class MatchingIndex {
  readonly connectors = new RoutingKeyIndex<Connector>();
  readonly listeners = new RoutingKeyIndex<Listener>();
  readonly sites = new NetworkViews();

  /** Adds or replaces a resource, as on a watch event ADDED or MODIFIED. */
  upsert({ site, resource }: Located<SkupperResource>): void {
    switch (resource.kind) {
      case 'Connector':
        this.connectors.upsert({ site, resource });
        break;
      case 'Listener':
        this.listeners.upsert({ site, resource });
        break;
      case 'Site':
        this.sites.upsert({ site, resource });
        break;
    }
  }

  /** Removes a resource, as on a watch event DELETED; says whether there was one. */
  remove(kind: SkupperKind, site: string, name: string): boolean {
    switch (kind) {
      case 'Connector':
        return this.connectors.remove(site, name);
      case 'Listener':
        return this.listeners.remove(site, name);
      case 'Site':
        return this.sites.remove(site, name);
    }
  }

  /** Forgets a console site entirely. */
  removeSite(site: string): void {
    this.connectors.removeSite(site);
    this.listeners.removeSite(site);
    this.sites.removeSite(site);
  }
}

export interface MatchingInputs {
  connectors?: readonly Located<Connector>[];
  listeners?: readonly Located<Listener>[];
  sites?: readonly Located<Site>[];
}

/** Builds the index in one pass over everything: O(n). */
export function buildMatchingIndex({
  connectors = [],
  listeners = [],
  sites = [],
}: MatchingInputs): MatchingIndex {
  const index = new MatchingIndex();
  for (const located of connectors) index.connectors.upsert(located);
  for (const located of listeners) index.listeners.upsert(located);
  for (const located of sites) index.sites.upsert(located);
  return index;
}
