// Writes status the way a controller does: through the status subresource of the cluster's store.
import { kubeTimestamp, type KubeObject } from '../apiserver/objects.ts';
import type { KindName } from '../apiserver/resources/types.ts';
import type { ClusterStore } from '../apiserver/store/ClusterStore.ts';
import type { NamespaceState } from './namespaceState.ts';
import type { SimulatorSettings } from './options.ts';

export class StatusWriter {
  constructor(
    private readonly stores: ReadonlyMap<string, ClusterStore>,
    private readonly settings: SimulatorSettings,
  ) {}

  /** Condition transition time, with the second precision Kubernetes timestamps have. */
  now(): string {
    return kubeTimestamp(this.settings.now());
  }

  /** `next` computes the status from the object as stored, so nothing written in between is lost. */
  write(
    state: NamespaceState,
    kind: KindName,
    name: string,
    next: (current: KubeObject, generation: number) => unknown,
  ): void {
    const store = this.stores.get(state.cluster);
    if (!store) return;
    try {
      store.updateStatus(kind, state.namespace, name, (current: KubeObject) => {
        const generation = current.metadata.generation;
        return next(current, typeof generation === 'number' ? generation : 1);
      });
    } catch (error) {
      this.settings.onError(error);
    }
  }
}
