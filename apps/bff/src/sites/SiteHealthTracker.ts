// Folds the state of a site's several watches into one health report.
import type { SiteHealth } from './types.ts';

export class SiteHealthTracker<Part extends string = string> {
  private readonly syncedParts = new Set<Part>();
  private readonly failures = new Map<Part, string>();
  private everSynced = false;
  private current: SiteHealth;

  constructor(
    private readonly parts: readonly Part[],
    private readonly report: (health: SiteHealth) => void,
    private readonly statusLive = true,
  ) {
    this.current = { state: 'connecting', since: new Date().toISOString(), statusLive };
    report(this.current);
  }

  get health(): SiteHealth {
    return this.current;
  }

  synced(part: Part): void {
    this.failures.delete(part);
    this.syncedParts.add(part);
    this.update();
  }

  /** The site refused a write to these credentials: it stays readable, and people are told it is read-only for them. */
  readOnly(): void {
    if (this.current.readOnly) return;
    this.current = { ...this.current, readOnly: true };
    this.report(this.current);
  }

  failed(part: Part, message: string): void {
    this.failures.set(part, message);
    this.update();
  }

  private update(): void {
    const now = new Date().toISOString();
    const failure = this.failures.values().next();
    let next: SiteHealth;
    if (!failure.done) {
      // With data already shown, a failure makes it stale rather than gone.
      next = {
        state: this.everSynced ? 'stale' : 'error',
        message: failure.value,
        since: now,
        statusLive: this.statusLive,
      };
    } else if (this.parts.every((part) => this.syncedParts.has(part))) {
      this.everSynced = true;
      next = { state: 'ready', since: now, lastSync: now, statusLive: this.statusLive };
    } else {
      next = { state: 'connecting', since: now, statusLive: this.statusLive };
    }
    if (this.current.lastSync && !next.lastSync) next.lastSync = this.current.lastSync;
    if (this.current.readOnly) next.readOnly = true;
    if (next.state === this.current.state && next.message === this.current.message) {
      if (next.state === 'ready') this.current = { ...this.current, lastSync: now };
      return;
    }
    if (next.state === this.current.state) next.since = this.current.since;
    this.current = next;
    this.report(next);
  }
}
