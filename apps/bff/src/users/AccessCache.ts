// Remembers, briefly and in memory, what a token may do per site, so each page load does not repeat every review.
import { createHash } from 'node:crypto';
import type { SiteAccess } from '@connector-console/model';

export interface AccessCacheOptions {
  /** How long an answer stands; a right taken away shows within this time. */
  ttlMs: number;
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
    this.options = { ttlMs: 30_000, maxEntries: 10_000, ...options };
  }

  /** Keys hold a hash of the token, never the token itself. */
  get(token: string, site: string, ask: () => Promise<SiteAccess>): Promise<SiteAccess> {
    const key = `${createHash('sha256').update(token).digest('base64url')}/${site}`;
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.access;
    if (this.entries.size >= this.options.maxEntries) this.dropExpiredOrOldest();
    const access = ask();
    this.entries.set(key, { expires: this.now() + this.options.ttlMs, access });
    // A failed review is not an answer: ask again next time.
    access.catch(() => {
      if (this.entries.get(key)?.access === access) this.entries.delete(key);
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
