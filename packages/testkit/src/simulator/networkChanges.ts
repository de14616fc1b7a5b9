// What changed since the last network refresh: the routing keys and sites whose announcements may differ.
import type { NamespaceState } from './namespaceState.ts';

export class NetworkChanges {
  readonly namespaces = new Set<NamespaceState>();
  readonly routingKeys = new Set<string>();
  /** Sites appeared, disappeared or changed identity, so the networks themselves must be recomputed. */
  topology = true;

  get pending(): boolean {
    return this.topology || this.namespaces.size > 0 || this.routingKeys.size > 0;
  }

  touch(state: NamespaceState, ...routingKeys: (string | undefined)[]): void {
    this.namespaces.add(state);
    for (const key of routingKeys) if (key !== undefined) this.routingKeys.add(key);
  }

  clear(): void {
    this.namespaces.clear();
    this.routingKeys.clear();
    this.topology = false;
  }
}
