// Connectors or listeners from every site, found by site and name or by routing key, kept current event by event.
import type { Connector, Listener } from '../types.ts';
import type { Located } from './located.ts';

// NUL cannot occur in a site id or a Kubernetes name, so the pair is unambiguous.
const identity = (site: string, name: string) => `${site}\u0000${name}`;

function routingKeyOf(resource: Connector | Listener): string | undefined {
  const key: unknown = resource.spec?.routingKey;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

export class RoutingKeyIndex<T extends Connector | Listener> {
  readonly #byIdentity = new Map<string, Located<T>>();
  readonly #byRoutingKey = new Map<string, Map<string, Located<T>>>();

  get size(): number {
    return this.#byIdentity.size;
  }

  /** Adds the resource, or replaces the one with the same site and name (its routing key may have changed). */
  upsert(located: Located<T>): void {
    const name = located.resource.metadata?.name;
    if (!name) return;
    const id = identity(located.site, name);
    this.#unlink(id);
    this.#byIdentity.set(id, located);
    const key = routingKeyOf(located.resource);
    if (key === undefined) return;
    let bucket = this.#byRoutingKey.get(key);
    if (!bucket) {
      bucket = new Map();
      this.#byRoutingKey.set(key, bucket);
    }
    bucket.set(id, located);
  }

  /** Removes the resource; says whether there was one. */
  remove(site: string, name: string): boolean {
    return this.#unlink(identity(site, name));
  }

  /** Forgets every resource of a site, e.g. when the site leaves the configuration. */
  removeSite(site: string): void {
    for (const located of [...this.#byIdentity.values()]) {
      if (located.site !== site) continue;
      const name = located.resource.metadata.name;
      if (name) this.remove(site, name);
    }
  }

  get(site: string, name: string): Located<T> | undefined {
    return this.#byIdentity.get(identity(site, name));
  }

  /** The resources with this routing key, in no particular order; costs O(matches). */
  withRoutingKey(routingKey: string): Located<T>[] {
    return [...(this.#byRoutingKey.get(routingKey)?.values() ?? [])];
  }

  all(): Located<T>[] {
    return [...this.#byIdentity.values()];
  }

  #unlink(id: string): boolean {
    const existing = this.#byIdentity.get(id);
    if (!existing) return false;
    this.#byIdentity.delete(id);
    const key = routingKeyOf(existing.resource);
    const bucket = key === undefined ? undefined : this.#byRoutingKey.get(key);
    if (key !== undefined && bucket) {
      bucket.delete(id);
      if (bucket.size === 0) this.#byRoutingKey.delete(key);
    }
    return true;
  }
}
