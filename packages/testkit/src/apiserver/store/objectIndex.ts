// Stored objects by type, namespace and name: constant-time lookups for large seeded clusters.
import type { KubeObject } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import { compileSelectors, type SelectorOptions } from './selectors.ts';

type Bucket = Map<string, Map<string, KubeObject>>;

export class ObjectIndex {
  private readonly buckets = new Map<ResourceType, Bucket>();

  find(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.buckets
      .get(type)
      ?.get(type.namespaced ? (namespace ?? '') : '')
      ?.get(name);
  }

  put(type: ResourceType, object: KubeObject): void {
    let bucket = this.buckets.get(type);
    if (!bucket) this.buckets.set(type, (bucket = new Map()));
    const namespace = type.namespaced ? (object.metadata.namespace ?? '') : '';
    let objects = bucket.get(namespace);
    if (!objects) bucket.set(namespace, (objects = new Map()));
    objects.set(object.metadata.name ?? '', object);
  }

  remove(type: ResourceType, object: KubeObject): void {
    const namespace = type.namespaced ? (object.metadata.namespace ?? '') : '';
    this.buckets
      .get(type)
      ?.get(namespace)
      ?.delete(object.metadata.name ?? '');
  }

  /** Objects matching the selectors, in etcd's key order: by `<namespace>/<name>`. */
  select(type: ResourceType, options: SelectorOptions = {}): KubeObject[] {
    const matches = compileSelectors(options);
    const bucket = this.buckets.get(type);
    if (!bucket) return [];
    const namespaces = options.namespace !== undefined ? [options.namespace] : [...bucket.keys()];
    const found: KubeObject[] = [];
    for (const namespace of namespaces) {
      for (const object of bucket.get(namespace)?.values() ?? []) if (matches(object)) found.push(object);
    }
    return found
      .map((object) => ({ key: storageKey(object), object }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ object }) => object);
  }
}

/** Where etcd would keep the object, relative to its resource: the order lists come in. */
export function storageKey(object: KubeObject): string {
  const { namespace, name = '' } = object.metadata;
  return namespace ? `${namespace}/${name}` : name;
}
