// The benchmark's network: 16 simulated Kubernetes clusters and 4 local namespaces, 500 connectors and 500 listeners each.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Connector, Listener } from '@connector-console/model';
import {
  createLocalDataHome,
  startApiServer,
  type ApiServer,
  type KubeObject,
  type LocalDataHome,
} from '@connector-console/testkit';

export interface BenchNetwork {
  api: ApiServer;
  local: LocalDataHome;
  kubeconfig: string;
  siteFlags: string[];
  siteCount: number;
  connectorCount: number;
  close(): Promise<void>;
}

const key = (i: number) => `service-${String(i % 400).padStart(4, '0')}`;

function connector(namespace: string, i: number, local: boolean): Connector {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name: `connector-${i}`, namespace },
    spec: local
      ? { routingKey: key(i), port: 1024 + i, host: `host-${i}` }
      : { routingKey: key(i), port: 1024 + i, selector: `app=workload-${i}` },
  };
}

function listener(namespace: string, i: number): Listener {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Listener',
    metadata: { name: `listener-${i}`, namespace },
    spec: { routingKey: key(i + 200), port: 1024 + i, host: `listener-${i}` },
  };
}

export async function buildNetwork(options: {
  clusters: number;
  localSites: number;
  perSite: number;
}): Promise<BenchNetwork> {
  const clusters = Array.from({ length: options.clusters }, (_, i) => ({
    name: `cluster-${String(i + 1).padStart(2, '0')}`,
    namespace: `network-${String(i + 1).padStart(2, '0')}`,
  }));
  const api = await startApiServer({ clusters });
  for (const { name, namespace } of clusters) {
    const store = api.cluster(name).store;
    for (let i = 0; i < options.perSite; i += 1) {
      store.create(connector(namespace, i, false) as unknown as KubeObject);
      store.create(listener(namespace, i) as unknown as KubeObject);
    }
  }
  const locals = Array.from({ length: options.localSites }, (_, i) => `local-${i + 1}`);
  const local = await createLocalDataHome({
    namespaces: locals.map((name) => ({
      name,
      platform: 'podman' as const,
      site: name,
      runtime: 'none' as const,
      connectors: Array.from({ length: options.perSite }, (_, i) => connector(name, i, true)),
      listeners: Array.from({ length: options.perSite }, (_, i) => listener(name, i)),
    })),
  });
  const kubeconfig = path.join(local.dataHome, 'kubeconfig');
  await writeFile(kubeconfig, api.kubeconfig(), { mode: 0o600 });
  const siteFlags = [
    ...clusters.flatMap(({ name, namespace }) => ['--site', `${name}=kubernetes:${name}/${namespace}`]),
    ...locals.flatMap((name) => ['--site', `${name}=system:${name}`]),
  ];
  return {
    api,
    local,
    kubeconfig,
    siteFlags,
    siteCount: options.clusters + options.localSites,
    connectorCount: (options.clusters + options.localSites) * options.perSite,
    async close() {
      await api.close();
      await local.remove();
    },
  };
}

export const TMP = os.tmpdir();
