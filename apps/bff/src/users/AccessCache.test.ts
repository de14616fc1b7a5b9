// The access cache: answers stand for a while, failures are asked again, refused tokens are not asked at once.
import { describe, expect, it } from 'vitest';
import type { SiteAccess } from '@connector-console/model';
import { AccessCache } from './AccessCache.ts';

const ALL: SiteAccess = { read: true, create: true, update: true, delete: true };

function counting(answer: () => Promise<SiteAccess>) {
  const asked = { count: 0 };
  return {
    asked,
    ask: () => {
      asked.count += 1;
      return answer();
    },
  };
}

describe('AccessCache', () => {
  it('answers again from memory until the answer is older than its time to live', async () => {
    let now = 0;
    const cache = new AccessCache({ ttlMs: 100 }, () => now);
    const { asked, ask } = counting(() => Promise.resolve(ALL));
    await cache.get('token', 'east', ask);
    now = 99;
    await cache.get('token', 'east', ask);
    expect(asked.count).toBe(1);
    now = 100;
    await cache.get('token', 'east', ask);
    expect(asked.count).toBe(2);
  });

  it('keeps answers apart per token and per site', async () => {
    const cache = new AccessCache();
    const { asked, ask } = counting(() => Promise.resolve(ALL));
    await Promise.all([
      cache.get('a', 'east', ask),
      cache.get('b', 'east', ask),
      cache.get('a', 'west', ask),
    ]);
    expect(asked.count).toBe(3);
  });

  it('asks again right after a failure, but not for a few seconds after the token itself was refused', async () => {
    let now = 0;
    const cache = new AccessCache({ refusedTtlMs: 50 }, () => now);
    const failing = counting(() => Promise.reject(new Error('unreachable')));
    await expect(cache.get('t', 'east', failing.ask)).rejects.toThrow();
    await expect(cache.get('t', 'east', failing.ask)).rejects.toThrow();
    expect(failing.asked.count).toBe(2);
    const refused = counting(() => Promise.reject(new Error('refused')));
    const isRefusal = (error: unknown) => (error as Error).message === 'refused';
    await expect(cache.get('r', 'east', refused.ask, isRefusal)).rejects.toThrow('refused');
    await expect(cache.get('r', 'east', refused.ask, isRefusal)).rejects.toThrow('refused');
    expect(refused.asked.count).toBe(1);
    now = 50;
    await expect(cache.get('r', 'east', refused.ask, isRefusal)).rejects.toThrow('refused');
    expect(refused.asked.count).toBe(2);
  });
});
