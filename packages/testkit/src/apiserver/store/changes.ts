// What the store tells its watchers and subscribers after each write.
import type { KubeObject } from '../objects.ts';
import type { KindName, ResourceType } from '../resources/types.ts';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One committed write. Objects inside are frozen: they are shared with every watcher and the history. */
export interface RecordedChange {
  type: ChangeType;
  resourceType: ResourceType;
  revision: number;
  /** The object after the change; for DELETED its last state, carrying the deletion's resourceVersion. */
  object: KubeObject;
  /** The object before the change (MODIFIED and DELETED). */
  previous?: KubeObject;
}

/** A change as subscribers of the programmatic API receive it: their own copies, safe to keep or modify. */
export interface StoreChange {
  type: ChangeType;
  kind: KindName;
  resourceVersion: string;
  object: KubeObject;
  previous?: KubeObject;
}
