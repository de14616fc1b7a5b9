// A bounded log of recent changes, so a watch can resume from a resourceVersion until it is compacted away.
import type { RecordedChange } from './changes.ts';

export class ChangeHistory {
  private readonly changes: RecordedChange[] = [];
  private start = 0;
  /** Every change at or before this revision has been forgotten. */
  private compactedRevision: number;

  constructor(
    private readonly capacity: number,
    initialRevision: number,
  ) {
    this.compactedRevision = initialRevision;
  }

  record(change: RecordedChange): void {
    this.changes.push(change);
    if (this.changes.length - this.start > this.capacity) {
      const dropped = this.changes[this.start];
      if (dropped) this.compactedRevision = dropped.revision;
      this.start++;
      // Reclaim the dropped slots in batches rather than shifting the array on every write.
      if (this.start > this.capacity) {
        this.changes.splice(0, this.start);
        this.start = 0;
      }
    }
  }

  /** Forgets everything up to `revision`, as etcd compaction does. */
  compact(revision: number): void {
    while (this.start < this.changes.length && (this.changes[this.start]?.revision ?? Infinity) <= revision)
      this.start++;
    this.compactedRevision = Math.max(this.compactedRevision, revision);
  }

  /** The oldest revision a watch may start from. */
  get oldestRevision(): number {
    return this.compactedRevision;
  }

  /** Changes after `revision`, or undefined when some of them were already forgotten. */
  since(revision: number): RecordedChange[] | undefined {
    if (revision < this.compactedRevision) return undefined;
    const result: RecordedChange[] = [];
    for (let index = this.start; index < this.changes.length; index++) {
      const change = this.changes[index];
      if (change && change.revision > revision) result.push(change);
    }
    return result;
  }
}
