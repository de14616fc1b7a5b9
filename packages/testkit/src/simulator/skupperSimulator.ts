// The simulated Skupper controller for every cluster of one test API server: together they are one network.
import type { ApiServer } from '../apiserver/server.ts';
import { WATCHED_KINDS } from './applyChange.ts';
import { configureNamespace } from './configurePass.ts';
import { NetworkMirror } from './networkMirror.ts';
import { NetworkView } from './networkPass.ts';
import { resolveOptions, type SkupperSimulatorOptions } from './options.ts';
import { StatusWriter } from './statusWriter.ts';

export interface SkupperSimulator {
  /** Stops watching and writing; work not yet done is dropped and status stays as it is. */
  stop(): void;
  /** Resolves once every change seen so far is reconciled and its status written, network view included. */
  settled(): Promise<void>;
}

/** What the simulator needs of the API server. */
export type SimulatedClusters = Pick<ApiServer, 'clusterNames' | 'cluster'>;

export function startSkupperSimulator(
  apiServer: SimulatedClusters,
  options: SkupperSimulatorOptions = {},
): SkupperSimulator {
  const settings = resolveOptions(options);
  const clusters = apiServer.clusterNames().map((name) => apiServer.cluster(name));
  const mirror = new NetworkMirror(clusters.map((cluster) => cluster.name));
  const writer = new StatusWriter(
    new Map(clusters.map((cluster) => [cluster.name, cluster.store])),
    settings,
  );
  const view = new NetworkView(writer, settings);
  let stopped = false;
  let running = false;
  let configureTask: NodeJS.Immediate | undefined;
  let networkTask: NodeJS.Timeout | undefined;
  let networkPassAllowedAt = 0;
  let waiters: (() => void)[] = [];

  const idle = () =>
    !running && !configureTask && !networkTask && !mirror.hasConfigureWork && !mirror.network.pending;

  const release = () => {
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };

  const pass = (work: () => void) => {
    running = true;
    try {
      work();
    } catch (error) {
      settings.onError(error);
    } finally {
      running = false;
    }
    schedule();
  };

  const configure = () => {
    for (const state of mirror.takeConfigureWork()) configureNamespace(state, writer, mirror.network);
  };

  function schedule(): void {
    if (stopped || running) return;
    if (mirror.hasConfigureWork && !configureTask) {
      configureTask = setImmediate(() => {
        configureTask = undefined;
        pass(configure);
      });
    }
    if (mirror.network.pending && !networkTask) {
      // A network pass rewrites every Site. Resting as long as the last pass took keeps a busy, large
      // network from occupying the event loop, and so the API server, all of the time.
      const delay = Math.max(settings.networkDelayMs, networkPassAllowedAt - performance.now());
      networkTask = setTimeout(() => {
        networkTask = undefined;
        pass(() => {
          const started = performance.now();
          configure();
          view.refresh(mirror.network, () => mirror.activeSites());
          const ended = performance.now();
          networkPassAllowedAt = ended + (ended - started);
        });
      }, delay);
    }
    if (idle()) release();
  }

  const unsubscribes = clusters.map((cluster) =>
    cluster.store.subscribe(
      (change) => {
        mirror.apply(cluster.name, change);
        schedule();
      },
      { kinds: WATCHED_KINDS },
    ),
  );
  // Like an informer's initial list: what the stores already hold is reconciled first.
  for (const cluster of clusters) {
    const resourceVersion = cluster.store.resourceVersion;
    for (const kind of WATCHED_KINDS) {
      for (const object of cluster.store.list(kind)) {
        mirror.apply(cluster.name, { type: 'ADDED', kind, resourceVersion, object });
      }
    }
  }
  schedule();

  return {
    stop() {
      stopped = true;
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      if (configureTask) clearImmediate(configureTask);
      if (networkTask) clearTimeout(networkTask);
      configureTask = undefined;
      networkTask = undefined;
      release();
    },
    settled() {
      if (stopped || idle()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
