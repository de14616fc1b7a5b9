// Every namespace of every cluster the controller watches, fed by store changes, in network order.
import type { StoreChange } from '../apiserver/store/changes.ts';
import { applyChange } from './applyChange.ts';
import { NamespaceState } from './namespaceState.ts';
import { NetworkChanges } from './networkChanges.ts';
import type { ActiveSite } from './topology.ts';

export class NetworkMirror {
  readonly network = new NetworkChanges();
  private readonly states = new Map<string, NamespaceState>();
  private readonly toConfigure = new Set<NamespaceState>();

  /** `clusters` in the order their sites appear in the network. */
  constructor(private readonly clusters: readonly string[]) {}

  apply(cluster: string, change: StoreChange): void {
    const namespace = change.object.metadata.namespace;
    if (typeof namespace !== 'string' || namespace === '') return;
    const key = `${cluster}/${namespace}`;
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = new NamespaceState(cluster, namespace)));
    applyChange(state, change, this.network);
    if (state.hasConfigureWork) this.toConfigure.add(state);
  }

  get hasConfigureWork(): boolean {
    return this.toConfigure.size > 0;
  }

  /** The namespaces with work for the Configured pass; the set is emptied. */
  takeConfigureWork(): NamespaceState[] {
    const states = [...this.toConfigure];
    this.toConfigure.clear();
    return states;
  }

  activeSites(): ActiveSite[] {
    const rank = (state: NamespaceState) => this.clusters.indexOf(state.cluster);
    return [...this.states.values()]
      .flatMap((state) => {
        const site = state.activeSite();
        return site ? [{ state, site }] : [];
      })
      .sort((a, b) => rank(a.state) - rank(b.state) || (a.state.namespace < b.state.namespace ? -1 : 1));
  }
}
