// The controller's immediate reaction to a change: the Configured condition of Sites, Connectors and Listeners.
import { connectorErrors, listenerErrors } from './configuration.ts';
import type { ConnectorEntry, ListenerEntry, NamespaceState } from './namespaceState.ts';
import type { NetworkChanges } from './networkChanges.ts';
import { configuredStatus, siteConfiguredStatus } from './statusWrites.ts';
import type { StatusWriter } from './statusWriter.ts';

/** Turns changed pods, secrets and services into the connectors and listeners they concern. */
function collectDependents(state: NamespaceState): void {
  if (state.podsChanged) {
    for (const connector of state.connectors.values()) {
      const term = connector.selector?.indexTerm;
      if (connector.selector && (term === undefined || state.changedPodTerms.has(term))) {
        state.dirtyConnectors.add(connector.name);
      }
    }
  }
  if (state.changedSecrets.size > 0) {
    for (const connector of state.connectors.values()) {
      if (connector.tlsCredentials && state.changedSecrets.has(connector.tlsCredentials)) {
        state.dirtyConnectors.add(connector.name);
      }
    }
    for (const listener of state.listeners.values()) {
      if (listener.tlsCredentials && state.changedSecrets.has(listener.tlsCredentials)) {
        state.dirtyListeners.add(listener.name);
      }
    }
  }
  if (state.changedServices.size > 0) {
    for (const listener of state.listeners.values()) {
      if (state.changedServices.has(listener.host)) state.dirtyListeners.add(listener.name);
    }
  }
  state.podsChanged = false;
  state.changedPodTerms.clear();
  state.changedSecrets.clear();
  state.changedServices.clear();
}

function configureSites(state: NamespaceState, writer: StatusWriter): void {
  const active = state.activeSite();
  for (const site of state.sites.values()) {
    if (site.deleting) continue;
    const siteState = {
      linkAccess: site.linkAccess,
      defaultIssuer: site.defaultIssuer,
      ...(site === active
        ? {}
        : { error: `An active site already exists in the namespace (${active?.name ?? ''})` }),
    };
    writer.write(state, 'Site', site.name, (current, generation) =>
      siteConfiguredStatus(current.status, siteState, generation, writer.now()),
    );
  }
}

/** Whether the network view must look at this binding again: what it announces or its generation changed. */
function needsNetworkLook(entry: ConnectorEntry | ListenerEntry, before: string | undefined): boolean {
  return JSON.stringify(entry.announced) !== before || entry.matched?.generation !== entry.generation;
}

function configureConnector(
  state: NamespaceState,
  entry: ConnectorEntry,
  writer: StatusWriter,
  network: NetworkChanges,
): void {
  const pods = entry.selector ? state.pods.select(entry.selector, entry.includeNotReadyPods) : [];
  const target = { host: entry.host, selector: entry.selector?.text, tlsCredentials: entry.tlsCredentials };
  const errors = connectorErrors(target, state, pods.length);
  writer.write(state, 'Connector', entry.name, (current, generation) =>
    configuredStatus(current.status, errors, generation, writer.now()),
  );
  const before = JSON.stringify(entry.announced);
  const previousKey = entry.announced?.routingKey;
  // The router gets one destination per selected pod, by IP; a host connector has just its host.
  const destinations = entry.selector
    ? pods.map((pod) => pod.ip ?? pod.name)
    : entry.host
      ? [entry.host]
      : [];
  if (errors.length === 0) entry.announced = { routingKey: entry.routingKey, destinations };
  else delete entry.announced;
  if (needsNetworkLook(entry, before)) network.touch(state, previousKey, entry.routingKey);
}

function configureListener(
  state: NamespaceState,
  entry: ListenerEntry,
  writer: StatusWriter,
  network: NetworkChanges,
): void {
  const errors = listenerErrors(entry, state);
  writer.write(state, 'Listener', entry.name, (current, generation) =>
    configuredStatus(current.status, errors, generation, writer.now()),
  );
  const before = JSON.stringify(entry.announced);
  const previousKey = entry.announced?.routingKey;
  if (errors.length === 0) entry.announced = { routingKey: entry.routingKey };
  else delete entry.announced;
  if (needsNetworkLook(entry, before)) network.touch(state, previousKey, entry.routingKey);
}

export function configureNamespace(
  state: NamespaceState,
  writer: StatusWriter,
  network: NetworkChanges,
): void {
  collectDependents(state);
  if (state.sitesDirty) {
    state.sitesDirty = false;
    configureSites(state, writer);
  }
  for (const name of state.dirtyConnectors) {
    const entry = state.connectors.get(name);
    if (entry) configureConnector(state, entry, writer, network);
  }
  state.dirtyConnectors.clear();
  for (const name of state.dirtyListeners) {
    const entry = state.listeners.get(name);
    if (entry) configureListener(state, entry, writer, network);
  }
  state.dirtyListeners.clear();
}
