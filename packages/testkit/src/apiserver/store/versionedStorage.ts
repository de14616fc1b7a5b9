// What etcd and the watch cache are to a real API server: objects, one revision counter, history and change feed.
import type { KubeObject } from '../objects.ts';
import { deepFreeze } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import { ChangeFeed, type RawListener } from './changeFeed.ts';
import type { RecordedChange } from './changes.ts';
import { ChangeHistory } from './history.ts';
import { ObjectIndex } from './objectIndex.ts';
import type { SelectorOptions } from './selectors.ts';

export class VersionedStorage {
  private readonly index = new ObjectIndex();
  private readonly feed = new ChangeFeed();
  private readonly history: ChangeHistory;
  private revision = 0;

  constructor(historySize: number) {
    this.history = new ChangeHistory(historySize, this.revision);
  }

  get resourceVersion(): string {
    return String(this.revision);
  }

  get oldestResourceVersion(): string {
    return String(this.history.oldestRevision);
  }

  find(type: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.index.find(type, namespace, name);
  }

  select(type: ResourceType, options: SelectorOptions = {}): KubeObject[] {
    return this.index.select(type, options);
  }

  changesSince(revision: number): RecordedChange[] | undefined {
    return this.history.since(revision);
  }

  subscribe(listener: RawListener): () => void {
    return this.feed.subscribe(listener);
  }

  compact(): void {
    this.history.compact(this.revision);
  }

  /**
   * Stores `next` (or removes it for DELETED) under a new revision, records the change and tells every
   * listener. The stored object is frozen: it is shared with the history and every watcher.
   */
  commit(
    type: ResourceType,
    changeType: RecordedChange['type'],
    next: KubeObject,
    previous?: KubeObject,
  ): KubeObject {
    this.revision++;
    const object = deepFreeze({
      ...next,
      metadata: { ...next.metadata, resourceVersion: String(this.revision) },
    });
    if (changeType === 'DELETED') this.index.remove(type, object);
    else this.index.put(type, object);
    const change: RecordedChange = { type: changeType, resourceType: type, revision: this.revision, object };
    if (previous) change.previous = previous;
    this.history.record(change);
    this.feed.publish(change);
    return object;
  }
}
