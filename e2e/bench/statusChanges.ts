/// <reference lib="dom" />
// A controller's status write in a simulated cluster, timed until the connector's row shows it in the browser.
import type { Page } from '@playwright/test';
import type { BenchNetwork } from '../../apps/bff/bench/network.ts';
import { awaitRowText, readProbe, waitForRowText } from './pageProbe.ts';

export interface RowTarget {
  cluster: string;
  namespace: string;
  name: string;
}

export interface ChangeLatencies {
  /** From just before the API-server write to the row's new text in the DOM, ms. */
  inDom: number[];
  /** The same, to the frame after that painted. */
  painted: number[];
}

/** Throws unless every target's row is rendered, so that no change waits on a row scrolled out of the DOM. */
export async function assertRowsRendered(page: Page, targets: readonly RowTarget[]): Promise<void> {
  const rendered = await page.evaluate(() =>
    Array.from(document.querySelectorAll('tr[data-index]'), (row) =>
      ['Name', 'Site'].map((label) => row.querySelector(`td[data-label="${label}"]`)?.textContent).join('@'),
    ),
  );
  const missing = targets.filter(({ name, cluster }) => !rendered.includes(`${name}@${cluster}`));
  if (missing.length > 0) {
    throw new Error(`rows not rendered: ${missing.map((t) => `${t.name} in ${t.cluster}`).join(', ')}`);
  }
}

/** Writes the Ready condition and the controller's verdict, alternating between Ready and Error. */
function writeStatus(network: BenchNetwork, target: RowTarget, ready: boolean, message: string): void {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  network.api.cluster(target.cluster).store.updateStatus('Connector', target.namespace, target.name, {
    status: ready ? 'Ready' : 'Error',
    message,
    conditions: [
      {
        type: 'Ready',
        status: ready ? 'True' : 'False',
        reason: ready ? 'Ready' : 'Error',
        message,
        lastTransitionTime: now,
        observedGeneration: 1,
      },
    ],
  });
}

/**
 * `count` changes one after another, round-robin over `targets`, each timed on its own: the next one is written
 * `gapMs` after the previous row was painted, so neither the BFF nor the page can batch two of them.
 */
export async function timeStatusChanges(
  page: Page,
  network: BenchNetwork,
  targets: readonly RowTarget[],
  options: { count: number; gapMs: number; label: string },
): Promise<ChangeLatencies> {
  const latencies: ChangeLatencies = { inDom: [], painted: [] };
  for (let i = 0; i < options.count; i += 1) {
    const target = targets[i % targets.length];
    if (target === undefined) throw new Error('no rows to change');
    const text = `${options.label} change ${String(i).padStart(4, '0')}`;
    await awaitRowText(page, text);
    const writtenAt = Date.now();
    writeStatus(network, target, i % 2 === 0, text);
    await waitForRowText(page, text, 10_000);
    const probe = await readProbe(page);
    latencies.inDom.push((probe.shownInDom[text] ?? Number.NaN) - writtenAt);
    latencies.painted.push((probe.shownPainted[text] ?? Number.NaN) - writtenAt);
    await new Promise((resolve) => setTimeout(resolve, options.gapMs));
  }
  return latencies;
}
