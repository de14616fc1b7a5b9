// Test support: a console in front of testkit's API server (clusters east and west) and, optionally, local sites.
import { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { startApiServer, type ApiServer, type AuthHooks } from '@connector-console/testkit';
import { KubernetesSite } from '../sites/kubernetes/KubernetesSite.ts';
import { startConsole, type RunningConsole } from '../server.ts';
import type { SiteBackend } from '../sites/types.ts';
import type { PerUserOptions } from '../users/requesterMiddleware.ts';

export interface Harness {
  api: ApiServer;
  console: RunningConsole;
  close(): Promise<void>;
}

export const HELLO_WORLD_CLUSTERS = [
  { name: 'east', namespace: 'hello-world-east' },
  { name: 'west', namespace: 'hello-world-west' },
];

export function kubernetesSites(api: ApiServer, retryMs = 50): KubernetesSite[] {
  const base = new KubeConfig();
  base.loadFromString(api.kubeconfig());
  return api.clusterNames().map((name) => {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: base.clusters,
      users: base.users,
      contexts: base.contexts,
      currentContext: name,
    });
    return new KubernetesSite({
      id: name,
      name,
      namespace: api.cluster(name).namespace,
      kubeConfig,
      retryMs,
      maxRetryMs: retryMs * 4,
    });
  });
}

export interface HarnessOptions {
  extraSites?: SiteBackend[];
  token?: string;
  auth?: AuthHooks;
  perUser?: PerUserOptions;
  log?: Logger;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await startApiServer({
    clusters: HELLO_WORLD_CLUSTERS,
    ...(options.auth ? { auth: options.auth } : {}),
  });
  const running = await startConsole({
    backends: [...kubernetesSites(api), ...(options.extraSites ?? [])],
    hub: { batchMs: 10 },
    ...(options.token ? { token: options.token } : {}),
    ...(options.perUser ? { perUser: options.perUser } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    api,
    console: running,
    async close() {
      await running.close();
      await api.close();
    },
  };
}
