// One simulated Kubernetes cluster: its store, its default namespace and bearer token, and its open watches.
import type { ServerResponse } from 'node:http';
import { ClusterStore, type ClusterStoreOptions } from './store/ClusterStore.ts';

export interface ClusterOptions {
  name: string;
  /** Default namespace of the kubeconfig context; created in the store at start. Default `default`. */
  namespace?: string;
  /** Bearer token written to the kubeconfig for this cluster. Default `token-<name>`. */
  token?: string;
}

/** An open watch response, so that faults can end it. */
export interface OpenWatch {
  response: ServerResponse;
  close(mode: 'end' | 'reset'): void;
}

export class Cluster {
  readonly name: string;
  readonly namespace: string;
  readonly token: string;
  readonly store: ClusterStore;
  readonly watches = new Set<OpenWatch>();

  constructor(options: ClusterOptions, storeOptions: ClusterStoreOptions = {}) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(options.name)) {
      throw new Error(
        `cluster name "${options.name}" must be a DNS label (lower case letters, digits and '-')`,
      );
    }
    this.name = options.name;
    this.namespace = options.namespace ?? 'default';
    this.token = options.token ?? `token-${options.name}`;
    this.store = new ClusterStore(options.name, storeOptions);
    this.store.create({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: this.namespace },
      status: { phase: 'Active' },
    });
  }

  closeWatches(mode: 'end' | 'reset'): number {
    const open = [...this.watches];
    for (const watch of open) watch.close(mode);
    return open.length;
  }
}
