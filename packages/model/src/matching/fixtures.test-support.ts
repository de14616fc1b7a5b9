// Builders for the Hello World network and its variations, used by the matching tests.
import type {
  Connector,
  ConnectorStatus,
  Listener,
  ListenerStatus,
  NetworkService,
  NetworkSite,
  Site,
} from '../types.ts';

export function connector(
  name: string,
  routingKey: string,
  options: {
    namespace?: string;
    status?: ConnectorStatus;
    host?: string;
    selector?: string;
    port?: number;
  } = {},
): Connector {
  const target = options.host ? { host: options.host } : { selector: options.selector ?? `app=${name}` };
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, ...(options.namespace ? { namespace: options.namespace } : {}) },
    spec: { routingKey, port: options.port ?? 8080, ...target },
    ...(options.status ? { status: options.status } : {}),
  };
}

export function listener(
  name: string,
  routingKey: string,
  options: { namespace?: string; status?: ListenerStatus; host?: string; port?: number } = {},
): Listener {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Listener',
    metadata: { name, ...(options.namespace ? { namespace: options.namespace } : {}) },
    spec: { routingKey, host: options.host ?? name, port: options.port ?? 8080 },
    ...(options.status ? { status: options.status } : {}),
  };
}

export function networkSite(
  name: string,
  namespace: string,
  services: NetworkService[],
  platform = 'kubernetes',
): NetworkSite {
  return { id: `id-${name}`, name, namespace, platform, services };
}

export function site(name: string, network?: NetworkSite[]): Site {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Site',
    metadata: { name, uid: `id-${name}` },
    ...(network ? { status: { status: 'Ready', message: 'OK', network } } : {}),
  };
}

export const READY_MATCHED = { status: 'Ready', message: 'OK' } as const;

/** What the controller in east and west reports for Hello World: the backend connector and its listener. */
export const HELLO_WORLD_NETWORK: NetworkSite[] = [
  networkSite('east', 'hello-world-east', [{ routingKey: 'backend', connectors: ['10.0.0.5'] }]),
  networkSite('west', 'hello-world-west', [{ routingKey: 'backend', listeners: ['backend'] }]),
  networkSite('north', 'north', [{ routingKey: 'db', listeners: ['db'], connectors: ['db.north'] }]),
];
