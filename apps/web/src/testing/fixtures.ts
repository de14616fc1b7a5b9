// Builders for the shapes the BFF sends, so that tests state only what matters to them.
import type {
  ChangeEvent,
  Condition,
  Connector,
  ConnectorEntry,
  ConnectorMatching,
  ConnectorListItem,
  Listener,
  ListenerListItem,
  MatchedListener,
  MatchingSummary,
  SiteSummary,
} from '@connector-console/model';

export function site(id: string, overrides: Partial<SiteSummary> = {}): SiteSummary {
  return {
    id,
    name: id,
    kind: 'kubernetes',
    platform: 'kubernetes',
    namespace: 'default',
    state: 'ready',
    since: '2025-01-01T00:00:00Z',
    lastSync: '2025-01-01T00:00:00Z',
    statusLive: true,
    ...overrides,
  };
}

export function condition(type: string, status: Condition['status'], message = 'OK'): Condition {
  return {
    type,
    status,
    reason: status === 'True' ? 'Ready' : 'Error',
    message,
    lastTransitionTime: '2025-01-01T00:00:00Z',
  };
}

export interface ConnectorOptions {
  version?: string;
  routingKey?: string;
  selector?: string;
  host?: string;
  port?: number;
  status?: Connector['status'];
}

export function connector(name: string, options: ConnectorOptions = {}): Connector {
  const target =
    options.host !== undefined ? { host: options.host } : { selector: options.selector ?? `app=${name}` };
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, namespace: 'default', resourceVersion: options.version ?? '1', uid: `uid-${name}` },
    spec: { routingKey: options.routingKey ?? name, port: options.port ?? 8080, ...target },
    ...(options.status ? { status: options.status } : {}),
  };
}

export function matchedListener(
  site: string,
  name: string,
  overrides: Partial<MatchedListener> = {},
): MatchedListener {
  return { site, name, host: name, port: 8080, phase: 'Ready', ...overrides };
}

export function connectorMatching(
  routingKey: string,
  overrides: Partial<ConnectorMatching> = {},
): ConnectorMatching {
  const listeners = overrides.listeners ?? [];
  return {
    routingKey,
    siteCount: new Set(listeners.map((l) => l.site)).size,
    networkView: 'available',
    agreement: 'agree',
    listeners,
    networkSites: [],
    hasMatchingListener: listeners.length > 0,
    ...overrides,
  };
}

export function connectorEntry(
  siteId: string,
  name: string,
  options: ConnectorOptions & { matching?: Partial<ConnectorMatching> } = {},
): ConnectorEntry {
  const resource = connector(name, options);
  return { site: siteId, resource, matching: connectorMatching(resource.spec.routingKey, options.matching) };
}

export function listener(name: string, routingKey = name, version = '1'): Listener {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Listener',
    metadata: { name, namespace: 'default', resourceVersion: version },
    spec: { routingKey, host: name, port: 8080 },
    status: { status: 'Ready', message: 'OK', hasMatchingConnector: true },
  };
}

/** A connector as `GET /api/connectors` lists it: the matching answer in short. */
export function connectorItem(
  siteId: string,
  name: string,
  options: ConnectorOptions & { matching?: Partial<ConnectorMatching> } = {},
): ConnectorListItem {
  return toListItem(connectorEntry(siteId, name, options));
}

/** The short matching answer the list and live changes carry, as the server derives it from the full one. */
export function summaryOf(matching: ConnectorMatching): MatchingSummary {
  return {
    routingKey: matching.routingKey,
    count: matching.listeners.length,
    siteCount: matching.siteCount,
    controllerMatched: matching.hasMatchingListener,
    agreement: matching.agreement,
    ...(matching.note ? { note: matching.note } : {}),
  };
}

export function toListItem(entry: ConnectorEntry): ConnectorListItem {
  return { ...entry, matching: summaryOf(entry.matching) };
}

export function listenerItem(
  siteId: string,
  name: string,
  routingKey = name,
  matching: Partial<MatchingSummary> = {},
): ListenerListItem {
  return {
    site: siteId,
    resource: listener(name, routingKey),
    matching: {
      routingKey,
      count: 0,
      siteCount: 0,
      controllerMatched: false,
      agreement: 'agree',
      ...matching,
    },
  };
}

export const READY_STATUS: Connector['status'] = {
  status: 'Ready',
  message: 'OK',
  hasMatchingListener: true,
  conditions: [condition('Configured', 'True'), condition('Matched', 'True'), condition('Ready', 'True')],
};

export function change(
  type: ChangeEvent['type'],
  item: ConnectorListItem | ListenerListItem,
  withMatching = type !== 'DELETED',
): ChangeEvent {
  const { site: siteId, resource, matching } = item;
  return {
    key: `${siteId}/${resource.kind}/${resource.metadata.name ?? ''}`,
    site: siteId,
    kind: resource.kind,
    type,
    resource,
    ...(withMatching ? { matching } : {}),
  };
}
