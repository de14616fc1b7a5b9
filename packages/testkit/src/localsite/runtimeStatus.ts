// The runtime/resources a local site's controller would write for its input: status by Skupper's rules.
import {
  computeControllerStatus,
  configuredConditionState,
  matchedConditionState,
  type Condition,
  type ConditionStatus,
  type LocalPlatform,
  type NetworkService,
  type NetworkSite,
} from '@connector-console/model';

export interface RuntimeOptions {
  namespace: string;
  platform: LocalPlatform;
  /**
   * False: just after a reload, before the controller has seen the network (`Pending`, `Not Matched`).
   * True: after it has, with matching decided.
   */
  settled: boolean;
  /** Other sites of the network as the local controller knows them. */
  remoteNetwork?: NetworkSite[];
  now?: Date;
}

type Resource = Record<string, unknown> & {
  kind: string;
  metadata: Record<string, unknown> & { name: string };
};
type Spec = { routingKey?: unknown; host?: unknown; selector?: unknown; port?: unknown };

function isResource(value: Record<string, unknown>): value is Resource {
  const metadata = value['metadata'];
  return (
    typeof value['kind'] === 'string' &&
    typeof metadata === 'object' &&
    metadata !== null &&
    'name' in metadata
  );
}

const specOf = (resource: Resource): Spec =>
  typeof resource['spec'] === 'object' && resource['spec'] !== null ? resource['spec'] : {};
const keyOf = (resource: Resource): string => String(specOf(resource).routingKey ?? '');

function condition(
  type: string,
  state: { status: ConditionStatus; reason: string; message: string },
  now: Date,
): Condition {
  return { type, ...state, lastTransitionTime: now.toISOString().replace(/\.\d+Z$/, 'Z') };
}

function localNetworkSite(
  site: Resource | undefined,
  connectors: Resource[],
  listeners: Resource[],
  options: RuntimeOptions,
): NetworkSite {
  const services = new Map<string, NetworkService>();
  const service = (key: string): NetworkService => {
    const entry = services.get(key) ?? { routingKey: key };
    services.set(key, entry);
    return entry;
  };
  for (const connector of connectors) {
    const entry = service(keyOf(connector));
    entry.connectors = [
      ...(entry.connectors ?? []),
      `${String(specOf(connector).host ?? '')}:${String(specOf(connector).port ?? '')}`,
    ];
  }
  for (const listener of listeners) {
    const entry = service(keyOf(listener));
    entry.listeners = [...(entry.listeners ?? []), listener.metadata.name];
  }
  const name = site?.metadata.name ?? options.namespace;
  return {
    id: `${name}-site-id`,
    name,
    namespace: options.namespace,
    platform: options.platform,
    services: [...services.values()],
  };
}

function keysHolding(network: NetworkSite[], side: 'connectors' | 'listeners'): Set<string> {
  const keys = network.flatMap((site) =>
    (site.services ?? []).filter((s) => (s[side] ?? []).length > 0).map((s) => s.routingKey),
  );
  return new Set(keys);
}

function bindingStatus(
  resource: Resource,
  kind: 'Connector' | 'Listener',
  matched: boolean,
  hasSite: boolean,
  options: RuntimeOptions,
  now: Date,
) {
  const spec = specOf(resource);
  const errors: string[] = [];
  if (!hasSite) errors.push('No active site in namespace');
  if (kind === 'Connector' && !spec.host && !spec.selector)
    errors.push('Connector must define a non-empty spec.host or spec.selector');
  const conditions = [condition('Configured', configuredConditionState(errors), now)];
  if (options.settled && errors.length === 0)
    conditions.push(condition('Matched', matchedConditionState(kind, matched), now));
  const verdict = computeControllerStatus(conditions);
  conditions.push(
    condition('Ready', { status: verdict.ready, reason: verdict.status, message: verdict.message }, now),
  );
  const flag = kind === 'Connector' ? 'hasMatchingListener' : 'hasMatchingConnector';
  const showsMatch = options.settled && errors.length === 0 && matched;
  // Go omits false booleans, so an unmatched resource carries no flag at all.
  return {
    status: verdict.status,
    message: verdict.message,
    conditions,
    ...(showsMatch ? { [flag]: true } : {}),
  };
}

/** Every runtime resource for the given input documents, each with the status the controller would give it. */
export function runtimeResources(input: Record<string, unknown>[], options: RuntimeOptions): Resource[] {
  const now = options.now ?? new Date();
  const resources = input.filter(isResource);
  const connectors = resources.filter((resource) => resource.kind === 'Connector');
  const listeners = resources.filter((resource) => resource.kind === 'Listener');
  const site = resources.find((resource) => resource.kind === 'Site');
  const network = [localNetworkSite(site, connectors, listeners, options), ...(options.remoteNetwork ?? [])];
  // Local sites call a key matched when the network holds both a listener and a connector for it.
  const withListener = keysHolding(network, 'listeners');
  const withConnector = keysHolding(network, 'connectors');
  const matched = (resource: Resource) =>
    withListener.has(keyOf(resource)) && withConnector.has(keyOf(resource));
  const output: Resource[] = [];
  for (const connector of connectors) {
    output.push({
      ...connector,
      status: bindingStatus(connector, 'Connector', matched(connector), !!site, options, now),
    });
  }
  for (const listener of listeners) {
    output.push({
      ...listener,
      status: bindingStatus(listener, 'Listener', matched(listener), !!site, options, now),
    });
  }
  if (site) {
    const ok = { status: 'True' as const, reason: 'Ready', message: 'OK' };
    const conditions = ['Configured', 'Running', 'Ready'].map((type) => condition(type, ok, now));
    output.push({
      ...site,
      status: { status: 'Ready', message: 'OK', conditions, sitesInNetwork: network.length, network },
    });
    output.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'skupper-network-status', namespace: options.namespace },
      data: { NetworkStatus: JSON.stringify({ siteStatus: network }) },
    });
  }
  return output;
}
