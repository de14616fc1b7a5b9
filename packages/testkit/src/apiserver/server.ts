// Starts the HTTPS test API server: several simulated clusters under /clusters/<name>, faults and a control API.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { generateServingCertificate } from './certificate.ts';
import { Cluster, type ClusterOptions } from './cluster.ts';
import { handleControl } from './control.ts';
import { failure } from './errors/status.ts';
import { Faults } from './faults.ts';
import { authenticate, type AuthHooks } from './http/auth.ts';
import type { ServerSettings } from './http/context.ts';
import { dispatch } from './http/dispatch.ts';
import { sendError } from './http/respond.ts';
import { buildKubeconfig, writeKubeconfigFile, type KubeconfigOptions } from './kubeconfig.ts';
import type { ClusterStore } from './store/ClusterStore.ts';

export interface ApiServerOptions {
  clusters: ClusterOptions[];
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Token → user and rights; by default every request is allowed. */
  auth?: AuthHooks;
  /** Changes a watch can resume from, per cluster. Default 10,000. */
  historySize?: number;
  /** Default 60 s, like the real server's watch cache. */
  bookmarkIntervalMs?: number;
  /** Clock for creationTimestamp and deletionTimestamp. */
  now?: () => Date;
}

/** One simulated cluster as tests, fixtures and simulators see it. */
export interface SimulatedCluster {
  readonly name: string;
  /** Default namespace of its kubeconfig context. */
  readonly namespace: string;
  readonly token: string;
  readonly url: string;
  readonly store: ClusterStore;
  /** Watches open on this cluster now: lets a test wait until a client is listening. */
  openWatches(): number;
}

export interface ApiServer {
  /** `https://127.0.0.1:<port>` */
  readonly url: string;
  /** PEM of the self-signed certificate, which is its own CA. */
  readonly caCertificate: string;
  readonly faults: Faults;
  clusterUrl(name: string): string;
  cluster(name: string): SimulatedCluster;
  clusterNames(): string[];
  kubeconfig(options?: KubeconfigOptions): string;
  /** Writes the kubeconfig (mode 0600) and resolves to its path. */
  writeKubeconfig(file: string, options?: KubeconfigOptions): Promise<string>;
  close(): Promise<void>;
}

const CLUSTER_PATH = /^\/clusters\/([^/]+)(\/.*)?$/;

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const storeOptions = {
    ...(options.historySize ? { historySize: options.historySize } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  const clusters = new Map(
    options.clusters.map((config) => [config.name, new Cluster(config, storeOptions)]),
  );
  if (clusters.size !== options.clusters.length) throw new Error('cluster names must be unique');
  const faults = new Faults(clusters);
  const auth = options.auth ?? {};
  const settings: ServerSettings = {
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
    defaultWatchTimeoutSeconds: 1800,
    now: options.now ?? (() => new Date()),
  };
  const { certificate, privateKey } = await generateServingCertificate();
  let baseUrl = '';
  const clusterUrl = (name: string) => `${baseUrl}/clusters/${name}`;

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    if (url.pathname.startsWith('/_testkit/'))
      return handleControl({ clusters, faults, clusterUrl }, request, response, url);
    const match = CLUSTER_PATH.exec(url.pathname);
    const cluster = match?.[1] === undefined ? undefined : clusters.get(match[1]);
    if (!cluster)
      return sendError(
        response,
        failure(404, 'the server could not find the requested resource', 'NotFound', {}),
      );
    const latency = faults.latencyFor(cluster.name);
    if (latency > 0) await delay(latency);
    const outage = faults.outageOf(cluster.name);
    // An unreachable cluster: the client sees its connection reset, as when an API server goes away.
    if (outage === 'reset') return void request.socket.destroy();
    if (outage === 'unavailable')
      return sendError(response, failure(503, 'the server is currently unable to handle the request'));
    const pathname = match?.[2] ?? '/';
    const injected = faults.takeFailure({
      cluster: cluster.name,
      method: request.method ?? 'GET',
      path: `${pathname}${url.search}`,
    });
    if (injected)
      return sendError(
        response,
        failure(injected.code, injected.message ?? `injected failure (${injected.code})`),
      );
    const user = authenticate(auth, request.headers.authorization, cluster.name);
    await dispatch({ request, response, cluster, query: url.searchParams, settings }, pathname, auth, user);
  }

  const server: Server = createServer({ cert: certificate, key: privateKey }, (request, response) => {
    serve(request, response).catch((error: unknown) => sendError(response, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `https://${host}:${address.port}`;

  const requireCluster = (name: string): Cluster => {
    const cluster = clusters.get(name);
    if (!cluster) throw new Error(`no cluster named "${name}"; clusters: ${[...clusters.keys()].join(', ')}`);
    return cluster;
  };
  const kubeconfig = (kubeconfigOptions?: KubeconfigOptions) =>
    buildKubeconfig(
      [...clusters.values()].map(({ name, namespace, token }) => ({
        name,
        namespace,
        token,
        server: clusterUrl(name),
      })),
      certificate,
      kubeconfigOptions,
    );

  return {
    url: baseUrl,
    caCertificate: certificate,
    faults,
    clusterUrl: (name) => clusterUrl(requireCluster(name).name),
    cluster: (name) => {
      const cluster = requireCluster(name);
      const { namespace, token, store } = cluster;
      return {
        name,
        namespace,
        token,
        store,
        url: clusterUrl(name),
        openWatches: () => cluster.watches.size,
      };
    },
    clusterNames: () => [...clusters.keys()],
    kubeconfig,
    writeKubeconfig: (file, kubeconfigOptions) => writeKubeconfigFile(file, kubeconfig(kubeconfigOptions)),
    close: async () => {
      for (const cluster of clusters.values()) cluster.closeWatches('end');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
