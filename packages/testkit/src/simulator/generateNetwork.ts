// Deterministic Skupper networks of any size for tests and benchmarks, and a bulk load into the test server.
import type { ConnectorSpec } from '@connector-console/model';
import type { KubeObject } from '../apiserver/objects.ts';
import { SeededRandom } from './seededRandom.ts';
import type { SimulatedClusters } from './skupperSimulator.ts';
import { connectorObject, listenerObject, podObject, secretObject, siteObject } from './workloads.ts';

export interface GenerateNetworkOptions {
  /** How many clusters; each has one namespace with one Site. */
  clusters: number;
  /** Objects per cluster, all kinds together: one Site, Secrets (2 %), then Connectors, Listeners and Pods. At least 5. */
  perCluster: number;
  /** Default 1. The same options always give the same network. */
  seed?: number;
  /** Routing keys shared by all clusters. Default perCluster / 8, at least 4. */
  routingKeys?: number;
}

/** Can be passed as a cluster of `startApiServer`: it has the cluster's name and namespace. */
export interface GeneratedCluster {
  name: string;
  namespace: string;
  objects: KubeObject[];
}

export interface GeneratedNetwork {
  clusters: GeneratedCluster[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Connectors take routing keys from the first three quarters of the pool and listeners from the last three
 * quarters, so keys in the middle match across clusters and the others have only one side. One selector in
 * ten selects no pod, one pod in ten is not Ready, and one TLS reference in five names a missing Secret.
 */
function generateCluster(
  index: number,
  perCluster: number,
  keys: number,
  random: SeededRandom,
): GeneratedCluster {
  const name = `cluster-${pad(index + 1)}`;
  const namespace = `network-${pad(index + 1)}`;
  const secretCount = Math.max(1, Math.floor(perCluster * 0.02));
  const rest = perCluster - 1 - secretCount;
  const connectorCount = Math.floor(rest * 0.3);
  const listenerCount = Math.floor(rest * 0.3);
  const podCount = rest - connectorCount - listenerCount;
  const key = (from: number, to: number) =>
    `service-${String(random.integer(from, to - 1)).padStart(4, '0')}`;
  const secrets = Array.from({ length: secretCount }, (_, i) => `tls-${i + 1}`);

  const workloads: string[] = [];
  const connectors = Array.from({ length: connectorCount }, (_, i) => {
    const spec: ConnectorSpec = {
      routingKey: key(0, Math.ceil(keys * 0.75)),
      port: random.integer(1024, 65535),
    };
    if (random.chance(0.75)) {
      spec.selector = `app=workload-${i + 1}`;
      if (i % 10 !== 9) workloads.push(`workload-${i + 1}`);
      if (random.chance(0.05)) spec.includeNotReadyPods = true;
    } else {
      spec.host = `db-${i + 1}.apps.internal`;
    }
    if (random.chance(0.1)) {
      spec.tlsCredentials = random.chance(0.8)
        ? (secrets[random.integer(0, secretCount - 1)] ?? '')
        : `missing-tls-${i + 1}`;
    }
    return connectorObject(`connector-${i + 1}`, namespace, spec);
  });
  const listeners = Array.from({ length: listenerCount }, (_, i) =>
    listenerObject(`listener-${i + 1}`, namespace, {
      routingKey: key(Math.floor(keys * 0.25), keys),
      host: `listener-${i + 1}`,
      port: random.integer(1024, 65535),
    }),
  );
  const pods = Array.from({ length: podCount }, (_, i) => {
    const app = workloads.length > 0 ? (workloads[i % workloads.length] ?? '') : `idle-${i + 1}`;
    return podObject({
      name: `${app}-pod-${i + 1}`,
      namespace,
      labels: { app },
      image: 'quay.io/skupper/hello-world-backend',
      port: 8080,
      ip: `10.${(index % 255) + 1}.${Math.floor(i / 250) % 256}.${(i % 250) + 1}`,
      ready: random.chance(0.9),
    });
  });
  const objects = [
    siteObject(`site-${pad(index + 1)}`, namespace),
    ...secrets.map((secret) => secretObject(secret, namespace)),
    ...pods,
    ...connectors,
    ...listeners,
  ];
  return { name, namespace, objects };
}

export function generateNetwork(options: GenerateNetworkOptions): GeneratedNetwork {
  const { clusters, perCluster } = options;
  if (!Number.isInteger(clusters) || clusters < 1)
    throw new Error(`clusters must be a whole number of at least 1, got ${clusters}`);
  if (!Number.isInteger(perCluster) || perCluster < 5)
    throw new Error(`perCluster must be a whole number of at least 5, got ${perCluster}`);
  const keys = Math.max(4, options.routingKeys ?? Math.floor(perCluster / 8));
  const random = new SeededRandom(options.seed ?? 1);
  return {
    clusters: Array.from({ length: clusters }, (_, index) =>
      generateCluster(index, perCluster, keys, random),
    ),
  };
}

/** Creates every object straight in the stores (no HTTP), in order. Returns how many were created. */
export function loadNetwork(apiServer: SimulatedClusters, network: GeneratedNetwork): number {
  let created = 0;
  for (const cluster of network.clusters) {
    const { store } = apiServer.cluster(cluster.name);
    for (const object of cluster.objects) {
      store.create(object);
      created++;
    }
  }
  return created;
}
