/// <reference lib="dom" />
// In-page probe of the browser benchmark: when the first connector row reaches the DOM and the screen, and when a row
// shows a text the benchmark wrote into an API server. Installed before the app's own scripts run.
import type { Page } from '@playwright/test';

export interface ProbeState {
  /** performance.now() (ms since navigation start) when a connector row was first in the DOM. */
  firstRowInDom?: number;
  /** performance.now() once the frame after that has been painted. */
  firstRowPainted?: number;
  /** Texts to look for in rendered rows; each is removed once seen. */
  awaited: string[];
  /** Date.now() when an awaited text was first in a row's DOM. */
  shownInDom: Record<string, number>;
  /** Date.now() once the frame after that has been painted. */
  shownPainted: Record<string, number>;
}

type ProbeWindow = typeof globalThis & { connectorConsoleBench: ProbeState };

/** Serialized into the page: it may use only what is declared inside it. */
function installProbe(): void {
  const probe: ProbeState = { awaited: [], shownInDom: {}, shownPainted: {} };
  (globalThis as ProbeWindow).connectorConsoleBench = probe;
  // A task posted from a frame callback runs after that frame has been rendered.
  const afterNextPaint = (record: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = record;
      channel.port2.postMessage(null);
    });
  const observer = new MutationObserver(() => {
    if (probe.firstRowInDom === undefined && document.querySelector('tr[data-index] td[data-label="Name"]')) {
      probe.firstRowInDom = performance.now();
      afterNextPaint(() => (probe.firstRowPainted = performance.now()));
    }
    if (probe.awaited.length === 0) return;
    const seenAt = Date.now();
    const rows = Array.from(document.querySelectorAll('tr[data-index]'), (row) => row.textContent ?? '');
    for (const text of probe.awaited.filter((awaited) => rows.some((row) => row.includes(awaited)))) {
      probe.awaited = probe.awaited.filter((awaited) => awaited !== text);
      probe.shownInDom[text] = seenAt;
      afterNextPaint(() => (probe.shownPainted[text] = Date.now()));
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The init script for a browser context. tsx keeps function names with a `__name` helper that exists only in
 * Node, so the page gets a stand-in.
 */
export const PROBE_SCRIPT = `globalThis.__name ??= (target) => target;\n(${installProbe.toString()})();`;

export function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (globalThis as ProbeWindow).connectorConsoleBench);
}

export async function awaitRowText(page: Page, text: string): Promise<void> {
  await page.evaluate((awaited) => {
    (globalThis as ProbeWindow).connectorConsoleBench.awaited.push(awaited);
  }, text);
}

/** Waits until the probe has a painted frame for `text`; the times are the probe's, not when this returns. */
export async function waitForRowText(page: Page, text: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (awaited) => (globalThis as ProbeWindow).connectorConsoleBench.shownPainted[awaited] !== undefined,
    text,
    { polling: 50, timeout: timeoutMs },
  );
}

export async function waitForFirstRow(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as ProbeWindow).connectorConsoleBench?.firstRowPainted !== undefined,
    undefined,
    { polling: 50, timeout: timeoutMs },
  );
}
