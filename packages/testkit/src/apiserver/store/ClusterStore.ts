// The objects of one simulated cluster, indexed by type, namespace and name, with one resourceVersion counter.
import { apiErrors } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import { cloneJson, kubeTimestamp } from '../objects.ts';
import { resourceTypeOfKind, resourceTypeOfObject } from '../resources/registry.ts';
import { groupResourceOf, type KindName, type ResourceType } from '../resources/types.ts';
import type { RecordedChange, StoreChange } from './changes.ts';
import {
  isNoOp,
  prepareCreate,
  prepareStatusUpdate,
  prepareUpdate,
  type WriteContext,
  type WriteOptions,
} from './lifecycle.ts';
import type { Patch } from './patch.ts';
import { checkDeletePreconditions, checkResourceVersion, patchedObject } from './preconditions.ts';
import type { RawListener } from './changeFeed.ts';
import type { SelectorOptions } from './selectors.ts';
import { VersionedStorage } from './versionedStorage.ts';
import type {
  ClusterStoreOptions,
  DeleteOptions,
  PatchOptions,
  ReplaceOptions,
  StatusValue,
} from './options.ts';

export type {
  ClusterStoreOptions,
  DeleteOptions,
  PatchOptions,
  ReplaceOptions,
  StatusValue,
} from './options.ts';

/**
 * Everything here follows the real API server's rules (see this folder's README), except that the
 * programmatic API creates missing namespaces on the fly and accepts writes to built-in kinds.
 * Reads return copies; errors are thrown as ApiError with the Status the HTTP API would answer.
 */
export class ClusterStore {
  private readonly storage: VersionedStorage;
  private readonly now: () => Date;

  constructor(
    readonly clusterName: string,
    options: ClusterStoreOptions = {},
  ) {
    this.storage = new VersionedStorage(options.historySize ?? 10_000);
    this.now = options.now ?? (() => new Date());
  }

  /** The latest resourceVersion of this cluster: opaque to clients, a decimal counter here. */
  get resourceVersion(): string {
    return this.storage.resourceVersion;
  }

  /** The oldest resourceVersion a watch can still start from. */
  get oldestResourceVersion(): string {
    return this.storage.oldestResourceVersion;
  }

  get(kind: KindName, namespace: string | undefined, name: string): KubeObject | undefined {
    const found = this.find(resourceTypeOfKind(kind), namespace, name);
    return found && cloneJson(found);
  }

  list(kind: KindName, options: SelectorOptions = {}): KubeObject[] {
    return this.select(resourceTypeOfKind(kind), options).map((object) => cloneJson(object));
  }

  create(object: KubeObject, options: WriteOptions = {}): KubeObject {
    const type = this.typeOf(object);
    const namespace = type.namespaced ? this.requireNamespace(object) : undefined;
    const candidate = prepareCreate(type, object, this.context(options));
    if (!options.dryRun) this.ensureNamespace(namespace);
    const name = candidate.metadata.name ?? '';
    if (this.find(type, namespace, name)) throw apiErrors.alreadyExists(groupResourceOf(type), name);
    if (options.dryRun) return candidate;
    return cloneJson(this.storage.commit(type, 'ADDED', candidate));
  }

  /** Replaces the main resource; a status in `object` is ignored for custom resources (use replaceStatus). */
  replace(object: KubeObject, options: ReplaceOptions = {}): KubeObject {
    const type = this.typeOf(object);
    const current = this.require(type, object);
    checkResourceVersion(type, object, current, options.requireResourceVersion ?? false);
    return this.write(type, current, prepareUpdate(type, current, object, this.context(options)), options);
  }

  /** Replaces only the status (PUT `/status`); spec and metadata in `object` are ignored. */
  replaceStatus(object: KubeObject, options: ReplaceOptions = {}): KubeObject {
    const type = this.typeOf(object);
    const current = this.require(type, object);
    checkResourceVersion(type, object, current, options.requireResourceVersion ?? false);
    return this.write(
      type,
      current,
      prepareStatusUpdate(type, current, object, this.context(options)),
      options,
    );
  }

  /**
   * Sets the status unconditionally, the way a controller reports what it observed. `status` may be a
   * function of the current object, so callers need not read first.
   */
  updateStatus(
    kind: KindName,
    namespace: string | undefined,
    name: string,
    status: StatusValue | ((current: KubeObject) => unknown),
    options: WriteOptions = {},
  ): KubeObject {
    const type = resourceTypeOfKind(kind);
    const current = this.require(type, { metadata: { namespace, name } });
    const next = typeof status === 'function' ? status(cloneJson(current)) : status;
    const input = { ...current, status: next };
    return this.write(
      type,
      current,
      prepareStatusUpdate(type, current, input, this.context(options)),
      options,
    );
  }

  /** A merge or JSON patch; a resourceVersion the patch sets is a precondition, as on the real server. */
  patch(
    kind: KindName,
    namespace: string | undefined,
    name: string,
    patch: Patch,
    options: PatchOptions = {},
  ): KubeObject {
    const type = resourceTypeOfKind(kind);
    const current = this.require(type, { metadata: { namespace, name } });
    const patched = patchedObject(type, current, patch);
    const prepare = options.subresource === 'status' ? prepareStatusUpdate : prepareUpdate;
    return this.write(type, current, prepare(type, current, patched, this.context(options)), options);
  }

  /**
   * Deletes at once, or only marks the object (deletionTimestamp) while it still has finalizers;
   * either way returns the object as it was last seen.
   */
  delete(
    kind: KindName,
    namespace: string | undefined,
    name: string,
    options: DeleteOptions = {},
  ): KubeObject {
    const type = resourceTypeOfKind(kind);
    const current = this.require(type, { metadata: { namespace, name } });
    checkDeletePreconditions(type, current, options.preconditions);
    if (options.dryRun) return cloneJson(current);
    const finalizers = current.metadata.finalizers;
    if (Array.isArray(finalizers) && finalizers.length > 0) {
      if (current.metadata.deletionTimestamp) return cloneJson(current);
      const marked = cloneJson(current);
      marked.metadata.deletionTimestamp = kubeTimestamp(this.now());
      marked.metadata.deletionGracePeriodSeconds = 0;
      return cloneJson(this.storage.commit(type, 'MODIFIED', marked, current));
    }
    return cloneJson(this.storage.commit(type, 'DELETED', current, current));
  }

  /** Calls `listener` after every committed write, in resourceVersion order. Returns the unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void, filter: { kinds?: KindName[] } = {}): () => void {
    const kinds = filter.kinds && new Set<string>(filter.kinds);
    return this.subscribeRaw((change) => {
      if (kinds && !kinds.has(change.resourceType.kind)) return;
      const copy: StoreChange = {
        type: change.type,
        kind: change.resourceType.kind as KindName,
        resourceVersion: String(change.revision),
        object: cloneJson(change.object),
      };
      if (change.previous) copy.previous = cloneJson(change.previous);
      listener(copy);
    });
  }

  /** Forgets the change history, so every resourceVersion before now is too old to watch from. */
  compact(): void {
    this.storage.compact();
  }

  // ---- for the HTTP layer: frozen, shared objects and the raw change feed ----

  /** Objects of a type matching the selectors, sorted by namespace and name like etcd keys. */
  select(type: ResourceType, options: SelectorOptions = {}): KubeObject[] {
    return this.storage.select(type, options);
  }

  find(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.storage.find(type, namespace, name);
  }

  /** Changes after `resourceVersion`, or undefined when they were compacted away. */
  changesSince(resourceVersion: number): RecordedChange[] | undefined {
    return this.storage.changesSince(resourceVersion);
  }

  subscribeRaw(listener: RawListener): () => void {
    return this.storage.subscribe(listener);
  }

  // ---- internals ----

  private context(options: WriteOptions): WriteContext {
    return { now: kubeTimestamp(this.now()), options };
  }

  private typeOf(object: KubeObject): ResourceType {
    const type = resourceTypeOfObject(object.apiVersion, object.kind);
    if (!type)
      throw apiErrors.badRequest(
        `no kind "${String(object.kind)}" is registered for version "${String(object.apiVersion)}"`,
      );
    return type;
  }

  private requireNamespace(object: KubeObject): string {
    const namespace = object.metadata?.namespace;
    if (typeof namespace !== 'string' || namespace === '')
      throw apiErrors.badRequest('an empty namespace may not be set during creation');
    return namespace;
  }

  /** Programmatic writes may target any namespace; the HTTP layer checks existence before calling. */
  private ensureNamespace(namespace: string | undefined): void {
    if (namespace === undefined) return;
    const namespaces = resourceTypeOfKind('Namespace');
    if (this.find(namespaces, undefined, namespace)) return;
    const created = prepareCreate(
      namespaces,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace }, status: { phase: 'Active' } },
      this.context({}),
    );
    this.storage.commit(namespaces, 'ADDED', created);
  }

  private require(
    type: ResourceType,
    object: { metadata?: { namespace?: unknown; name?: unknown } },
  ): KubeObject {
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '';
    const namespace = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : undefined;
    const found = this.find(type, namespace, name);
    if (!found) throw apiErrors.notFound(groupResourceOf(type), name);
    return found;
  }

  private write(
    type: ResourceType,
    current: KubeObject,
    candidate: KubeObject,
    options: WriteOptions,
  ): KubeObject {
    candidate.metadata.resourceVersion = current.metadata.resourceVersion;
    if (options.dryRun || isNoOp(candidate, current)) return options.dryRun ? candidate : cloneJson(current);
    const finalizers = candidate.metadata.finalizers;
    const released =
      candidate.metadata.deletionTimestamp && (!Array.isArray(finalizers) || finalizers.length === 0);
    if (released) return cloneJson(this.storage.commit(type, 'DELETED', candidate, current));
    return cloneJson(this.storage.commit(type, 'MODIFIED', candidate, current));
  }
}
