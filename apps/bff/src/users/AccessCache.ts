// Remembers, briefly and in memory, what a token may do per site, so each page load does not repeat every review.
import { createHash } from 'node:crypto';
import type { SiteAccess } from '@connector-console/model';

export interface AccessCacheOptions {
  /** How long an answer stands; a right taken away shows within this time. */
  ttlMs: number;
  /** How long a refused token stays refused without asking again, so a bad token cannot multiply reviews. */
  refusedTtlMs: number;
  maxEntries: number;
}

interface Entry {
  expires: number;
  access: Promise<SiteAccess>;
}

export class AccessCache {
  private readonly entries = new Map<string, Entry>();
  private readonly options: AccessCacheOptions;

  constructor(
    options: Partial<AccessCacheOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ttlMs: 30_000, refusedTtlMs: 5_000, maxEntries: 10_000, ...options };
  }

  /**
   * Keys hold a hash of the token, never the token itself. A failed review is asked again next time, unless
   * `refused(error)` says the token itself was refused.
   */
  get(
    token: string,
    site: string,
    ask: () => Promise<SiteAccess>,
    refused: (error: unknown) => boolean = () => false,
  ): Promise<SiteAccess> {
    const key = `${createHash('sha256').update(token).digest('base64url')}/${site}`;
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.access;
    if (this.entries.size >= this.options.maxEntries) this.dropExpiredOrOldest();
    const access = ask();
    this.entries.set(key, { expires: this.now() + this.options.ttlMs, access });
    access.catch((error: unknown) => {
      const entry = this.entries.get(key);
      if (entry?.access !== access) return;
      if (refused(error)) entry.expires = this.now() + this.options.refusedTtlMs;
      else this.entries.delete(key);
    });
    return access;
  }

  private dropExpiredOrOldest(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    const oldest = this.entries.keys().next();
    if (this.entries.size >= this.options.maxEntries && !oldest.done) this.entries.delete(oldest.value);
  }
}
