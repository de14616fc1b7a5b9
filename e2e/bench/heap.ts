// The page's JavaScript heap, read through the Chrome DevTools Protocol after a forced garbage collection.
import type { Page } from '@playwright/test';

export interface HeapUsage {
  /** Live objects after a full GC, MB (10^6 bytes). */
  usedMB: number;
  /** Before that GC: what the page held, garbage included. */
  usedBeforeGcMB: number;
  /** Heap reserved by V8 after the GC. */
  totalMB: number;
}

const MB = 1_000_000;

export async function measureHeap(page: Page): Promise<HeapUsage> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    return {
      usedMB: after.usedSize / MB,
      usedBeforeGcMB: before.usedSize / MB,
      totalMB: after.totalSize / MB,
    };
  } finally {
    await cdp.detach();
  }
}
