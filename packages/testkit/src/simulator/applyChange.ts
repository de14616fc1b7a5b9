// Folds one store change into the namespace's state and notes what must be reconciled because of it.
import type { KindName } from '../apiserver/resources/types.ts';
import type { StoreChange } from '../apiserver/store/changes.ts';
import { isJsonObject, type JsonObject, type KubeObject } from '../apiserver/objects.ts';
import type { ConnectorEntry, ListenerEntry, NamespaceState, SiteEntry } from './namespaceState.ts';
import type { NetworkChanges } from './networkChanges.ts';
import { compilePodSelector, podInfoOf } from './pods.ts';

/** The kinds whose changes the controller reacts to. */
export const WATCHED_KINDS: KindName[] = ['Site', 'Connector', 'Listener', 'Pod', 'Secret', 'Service'];

const CONTROLLED_ANNOTATION = 'internal.skupper.io/controlled';

const specOf = (object: KubeObject): JsonObject => (isJsonObject(object.spec) ? object.spec : {});
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const generationOf = (object: KubeObject) =>
  typeof object.metadata.generation === 'number' ? object.metadata.generation : 1;

function connectorEntryOf(object: KubeObject, previous: ConnectorEntry | undefined): ConnectorEntry {
  const spec = specOf(object);
  const selector = text(spec.selector);
  const entry: ConnectorEntry = {
    name: object.metadata.name ?? '',
    generation: generationOf(object),
    routingKey: text(spec.routingKey) ?? '',
    includeNotReadyPods: spec.includeNotReadyPods === true,
  };
  const host = text(spec.host);
  const tlsCredentials = text(spec.tlsCredentials);
  if (selector !== undefined) entry.selector = { ...compilePodSelector(selector), text: selector };
  else if (host !== undefined) entry.host = host;
  if (tlsCredentials !== undefined) entry.tlsCredentials = tlsCredentials;
  if (previous?.announced) entry.announced = previous.announced;
  if (previous?.matched) entry.matched = previous.matched;
  return entry;
}

function listenerEntryOf(object: KubeObject, previous: ListenerEntry | undefined): ListenerEntry {
  const spec = specOf(object);
  const entry: ListenerEntry = {
    name: object.metadata.name ?? '',
    generation: generationOf(object),
    routingKey: text(spec.routingKey) ?? '',
    host: text(spec.host) ?? '',
  };
  const tlsCredentials = text(spec.tlsCredentials);
  if (tlsCredentials !== undefined) entry.tlsCredentials = tlsCredentials;
  if (previous?.announced) entry.announced = previous.announced;
  if (previous?.matched) entry.matched = previous.matched;
  return entry;
}

function siteEntryOf(object: KubeObject): SiteEntry {
  const spec = specOf(object);
  const linkAccess = text(spec.linkAccess);
  return {
    name: object.metadata.name ?? '',
    uid: object.metadata.uid ?? '',
    creationTimestamp: object.metadata.creationTimestamp ?? '',
    generation: generationOf(object),
    deleting: Boolean(object.metadata.deletionTimestamp),
    linkAccess: linkAccess !== undefined && linkAccess !== 'none',
    defaultIssuer: text(spec.defaultIssuer) ?? 'skupper-site-ca',
  };
}

/** The controller's own status writes come back as changes too; only a new generation is news. */
function applyBinding<T extends { generation: number; announced?: { routingKey: string } }>(
  entries: Map<string, T>,
  dirty: Set<string>,
  change: StoreChange,
  entryOf: (object: KubeObject, previous: T | undefined) => T,
  onRemoved: (entry: T) => void,
): void {
  const name = change.object.metadata.name ?? '';
  const previous = entries.get(name);
  if (change.type === 'DELETED') {
    entries.delete(name);
    dirty.delete(name);
    if (previous) onRemoved(previous);
    return;
  }
  const next = entryOf(change.object, previous);
  if (previous && previous.generation === next.generation) return;
  entries.set(name, next);
  dirty.add(name);
}

function applySite(state: NamespaceState, change: StoreChange, network: NetworkChanges): void {
  const name = change.object.metadata.name ?? '';
  const activeBefore = state.activeSite()?.uid;
  if (change.type === 'DELETED') {
    state.sites.delete(name);
  } else {
    const next = siteEntryOf(change.object);
    const previous = state.sites.get(name);
    if (previous && previous.generation === next.generation && previous.deleting === next.deleting) return;
    state.sites.set(name, next);
  }
  state.sitesDirty = true;
  if (state.activeSite()?.uid !== activeBefore) {
    state.markAllBindingsDirty();
    network.topology = true;
    network.touch(state);
  }
}

export function applyChange(state: NamespaceState, change: StoreChange, network: NetworkChanges): void {
  const { object } = change;
  const name = object.metadata.name ?? '';
  const gone = change.type === 'DELETED';
  switch (change.kind) {
    case 'Site':
      return applySite(state, change, network);
    case 'Connector':
      return applyBinding(state.connectors, state.dirtyConnectors, change, connectorEntryOf, (removed) =>
        network.touch(state, removed.announced?.routingKey),
      );
    case 'Listener':
      return applyBinding(state.listeners, state.dirtyListeners, change, listenerEntryOf, (removed) =>
        network.touch(state, removed.announced?.routingKey),
      );
    case 'Secret':
      if (change.type === 'MODIFIED') return;
      if (gone) state.secrets.delete(name);
      else state.secrets.add(name);
      state.changedSecrets.add(name);
      return;
    case 'Service': {
      const controlled = gone
        ? undefined
        : isJsonObject(object.metadata.annotations) && CONTROLLED_ANNOTATION in object.metadata.annotations;
      if (state.services.get(name) === controlled) return;
      if (controlled === undefined) state.services.delete(name);
      else state.services.set(name, controlled);
      state.changedServices.add(name);
      return;
    }
    case 'Pod': {
      const terms = gone ? state.pods.remove(name) : state.pods.put(podInfoOf(object));
      if (!terms) return;
      state.podsChanged = true;
      for (const term of terms) state.changedPodTerms.add(term);
      return;
    }
    default:
      return;
  }
}
