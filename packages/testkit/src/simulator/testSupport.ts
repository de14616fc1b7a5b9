// Helpers for this folder's tests: an in-process API server with the simulator, and a readable view of status.
import type { ConnectorStatus, ListenerStatus, SiteStatus } from '@connector-console/model';
import type { KubeObject } from '../apiserver/objects.ts';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import type { ClusterStore } from '../apiserver/store/ClusterStore.ts';
import type { SkupperSimulatorOptions } from './options.ts';
import { startSkupperSimulator, type SkupperSimulator } from './skupperSimulator.ts';

export const EAST = { cluster: 'east', namespace: 'hello-world-east' } as const;
export const WEST = { cluster: 'west', namespace: 'hello-world-west' } as const;

export interface SimulatedNetwork {
  server: ApiServer;
  simulator: SkupperSimulator;
  east: ClusterStore;
  west: ClusterStore;
  /** Collects every failed status write; a test that expects none asserts it is empty. */
  errors: unknown[];
  close(): Promise<void>;
}

/** Clusters east and west (namespaces hello-world-east and hello-world-west) with the simulator running. */
export async function startSimulatedNetwork(
  options: SkupperSimulatorOptions = {},
): Promise<SimulatedNetwork> {
  const server = await startApiServer({
    clusters: [
      { name: EAST.cluster, namespace: EAST.namespace },
      { name: WEST.cluster, namespace: WEST.namespace },
    ],
  });
  const errors: unknown[] = [];
  const simulator = startSkupperSimulator(server, {
    networkDelayMs: 5,
    onError: (error) => errors.push(error),
    ...options,
  });
  return {
    server,
    simulator,
    east: server.cluster(EAST.cluster).store,
    west: server.cluster(WEST.cluster).store,
    errors,
    close: async () => {
      simulator.stop();
      await server.close();
    },
  };
}

type AnyStatus = ConnectorStatus & ListenerStatus & SiteStatus;

/** The stored status of an object, typed loosely enough for assertions. */
export function statusOf(
  store: ClusterStore,
  kind: 'Connector' | 'Listener' | 'Site',
  namespace: string,
  name: string,
): AnyStatus | undefined {
  return store.get(kind, namespace, name)?.status as AnyStatus | undefined;
}

export function conditionOf(status: AnyStatus | undefined, type: string) {
  return status?.conditions?.find((condition) => condition.type === type);
}

/** `status.status` and `status.message`, the two things a console shows first. */
export function verdictOf(object: KubeObject | undefined): string {
  const status = object?.status as AnyStatus | undefined;
  return status ? `${String(status.status)}: ${String(status.message)}` : 'no status';
}
