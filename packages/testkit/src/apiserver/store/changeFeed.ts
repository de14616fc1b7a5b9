// Fans committed changes out to listeners, in order, even when a listener writes from inside its callback.
import type { RecordedChange } from './changes.ts';

export type RawListener = (change: RecordedChange) => void;

export class ChangeFeed {
  private readonly listeners = new Set<RawListener>();
  private readonly undelivered: RecordedChange[] = [];
  private delivering = false;

  subscribe(listener: RawListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(change: RecordedChange): void {
    this.undelivered.push(change);
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.undelivered.shift(); next; next = this.undelivered.shift()) {
        for (const listener of [...this.listeners]) this.call(listener, next);
      }
    } finally {
      this.delivering = false;
    }
  }

  private call(listener: RawListener, change: RecordedChange): void {
    try {
      listener(change);
    } catch (error) {
      // A failing subscriber must not leave the others unnotified; report it out of band instead.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
