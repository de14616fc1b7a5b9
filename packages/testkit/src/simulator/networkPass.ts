// The controller's delayed reaction: the network status of every Site and the Matched condition of bindings.
import type { ConnectorEntry, ListenerEntry, NamespaceState } from './namespaceState.ts';
import type { NetworkChanges } from './networkChanges.ts';
import { announcementsOf, routingKeyPresence, siteRecord, type KeyPresence } from './networkRecords.ts';
import type { SimulatorSettings } from './options.ts';
import { matchedStatus, siteNetworkStatus, type BindingKind } from './statusWrites.ts';
import type { StatusWriter } from './statusWriter.ts';
import { networkComponents, type ActiveSite, type NetworkComponent } from './topology.ts';

export class NetworkView {
  private components: NetworkComponent[] = [];
  private readonly componentOf = new Map<NamespaceState, NetworkComponent>();

  constructor(
    private readonly writer: StatusWriter,
    private readonly settings: SimulatorSettings,
  ) {}

  /** Looks again at what changed; `activeSites` lists every site with an active Site, in network order. */
  refresh(changes: NetworkChanges, activeSites: () => ActiveSite[]): void {
    const everything = changes.topology;
    if (everything) {
      this.components = networkComponents(activeSites(), this.settings.links);
      this.componentOf.clear();
      for (const component of this.components) {
        for (const { state } of component.members) this.componentOf.set(state, component);
      }
    }
    for (const state of changes.namespaces) state.announcements = announcementsOf(state);
    const affected = everything
      ? this.components
      : new Set([...changes.namespaces].flatMap((state) => this.componentOf.get(state) ?? []));
    for (const component of affected) this.refreshComponent(component, changes.routingKeys, everything);
    changes.clear();
  }

  private refreshComponent(
    component: NetworkComponent,
    keys: ReadonlySet<string>,
    everything: boolean,
  ): void {
    const { version } = this.settings;
    const records = component.members.map(({ state, site }) =>
      siteRecord(state, site, component.links.get(state) ?? [], version),
    );
    const written = JSON.stringify(records);
    for (const { state, site } of component.members) {
      if (state.networkWritten === `${site.uid} ${written}`) continue;
      state.networkWritten = `${site.uid} ${written}`;
      this.writer.write(state, 'Site', site.name, (current) => siteNetworkStatus(current.status, records));
    }
    const presence = routingKeyPresence(component.members);
    for (const { state } of component.members) this.updateMatched(state, presence, keys, everything);
  }

  private updateMatched(
    state: NamespaceState,
    presence: ReadonlyMap<string, KeyPresence>,
    keys: ReadonlySet<string>,
    everything: boolean,
  ): void {
    const settle = (kind: BindingKind, entry: ConnectorEntry | ListenerEntry, value: boolean) => {
      const last = entry.matched;
      const current = last?.generation === entry.generation;
      if (!everything && !keys.has(entry.routingKey) && current) return;
      if (current && last?.value === value) return;
      entry.matched = { value, generation: entry.generation };
      this.writer.write(state, kind, entry.name, (object, generation) =>
        matchedStatus(kind, object.status, value, generation, this.writer.now()),
      );
    };
    for (const connector of state.connectors.values()) {
      settle('Connector', connector, presence.get(connector.routingKey)?.listeners ?? false);
    }
    for (const listener of state.listeners.values()) {
      settle('Listener', listener, presence.get(listener.routingKey)?.connectors ?? false);
    }
  }
}
