// The routers' view of the network: what each site announces per routing key, as Site.status.network lists it.
import type { NetworkLink, NetworkService, NetworkSite } from '@connector-console/model';
import type { NamespaceState, ServiceAnnouncements, SiteEntry } from './namespaceState.ts';
import type { ActiveSite } from './topology.ts';

/** Destination hosts of configured connectors and names of configured listeners, per routing key. */
export function announcementsOf(state: NamespaceState): ServiceAnnouncements {
  const services: ServiceAnnouncements = new Map();
  const serviceFor = (routingKey: string) => {
    let service = services.get(routingKey);
    if (!service) services.set(routingKey, (service = { connectors: new Set(), listeners: new Set() }));
    return service;
  };
  for (const connector of state.connectors.values()) {
    const announced = connector.announced;
    // A connector without destinations gives the routers nothing to reach.
    if (!announced || announced.destinations.length === 0) continue;
    const service = serviceFor(announced.routingKey);
    for (const destination of announced.destinations) service.connectors.add(destination);
  }
  for (const listener of state.listeners.values()) {
    if (listener.announced) serviceFor(listener.announced.routingKey).listeners.add(listener.name);
  }
  return services;
}

/** One entry of `network[]`; empty lists are left out, as Go's omitempty does. */
export function siteRecord(
  state: NamespaceState,
  site: SiteEntry,
  links: NetworkLink[],
  version: string,
): NetworkSite {
  const record: NetworkSite = {
    id: site.uid,
    name: site.name,
    namespace: state.namespace,
    platform: 'kubernetes',
    version,
  };
  if (links.length > 0) record.links = links;
  const services = [...state.announcements.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([routingKey, { connectors, listeners }]) => {
      const service: NetworkService = { routingKey };
      if (connectors.size > 0) service.connectors = [...connectors].sort();
      if (listeners.size > 0) service.listeners = [...listeners].sort();
      return service;
    });
  if (services.length > 0) record.services = services;
  return record;
}

export interface KeyPresence {
  connectors: boolean;
  listeners: boolean;
}

/** Per routing key, whether any site of the network has connectors or listeners for it. */
export function routingKeyPresence(members: readonly ActiveSite[]): Map<string, KeyPresence> {
  const presence = new Map<string, KeyPresence>();
  for (const { state } of members) {
    for (const [routingKey, service] of state.announcements) {
      const seen = presence.get(routingKey) ?? { connectors: false, listeners: false };
      seen.connectors ||= service.connectors.size > 0;
      seen.listeners ||= service.listeners.size > 0;
      presence.set(routingKey, seen);
    }
  }
  return presence;
}
