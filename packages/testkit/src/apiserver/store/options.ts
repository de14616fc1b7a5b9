// Options of the store's writes and of the store itself.
import type { JsonObject } from '../objects.ts';
import type { WriteOptions } from './lifecycle.ts';
import type { DeletePreconditions } from './preconditions.ts';

export interface ReplaceOptions extends WriteOptions {
  /** The HTTP API refuses a replace without metadata.resourceVersion (422); programmatic callers may omit it. */
  requireResourceVersion?: boolean;
}

export interface PatchOptions extends WriteOptions {
  /** `status` patches the status subresource: only status changes. */
  subresource?: 'status';
}

export interface DeleteOptions {
  dryRun?: boolean;
  /** Refuse (409) unless the object still has this uid / resourceVersion. */
  preconditions?: DeletePreconditions;
}

/** A status to set; undefined removes it. */
export type StatusValue = JsonObject | undefined;

export interface ClusterStoreOptions {
  /** How many changes a watch can replay; older resourceVersions get 410 Gone. Default 10,000. */
  historySize?: number;
  /** Clock for creationTimestamp and deletionTimestamp. */
  now?: () => Date;
}
