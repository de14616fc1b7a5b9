// The console in Chromium with 20 sites and 10,000 connectors, measured against the budgets of its issue.
// Run `npm run build` first. BENCH_PROFILE=<folder> adds profiled runs (not in the figures) and saves their profiles.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { BFF_BUNDLE, startBff } from '../../apps/bff/bench/bffProcess.ts';
import { buildNetwork, type BenchNetwork } from '../../apps/bff/bench/network.ts';
import { printFigures } from '../../apps/bff/bench/stats.ts';
import { profilePage, saveProfile, summarizeProfile } from './cpuProfile.ts';
import { measureHeap } from './heap.ts';
import { launchBrowser, probedContext } from './launch.ts';
import { loadConnectorList, type PageLoad } from './pageLoad.ts';
import { browserFigures, printLoads } from './report.ts';
import { measureScripts } from './routeScripts.ts';
import { assertRowsRendered, timeStatusChanges, type RowTarget } from './statusChanges.ts';

const SITES = { clusters: 16, localSites: 4, perSite: 500 };
const LOADS = 5;
const CHANGES = 60;
const WARM_UP_CHANGES = 5;
const GAP_MS = 300;
const LIST = '/connectors';
// The default sort is by name, then site: the first rows are connector-0 of cluster-01, cluster-02...
const TARGETS: RowTarget[] = Array.from({ length: 6 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { cluster: `cluster-${n}`, namespace: `network-${n}`, name: 'connector-0' };
});
const webIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist/index.html');

const say = (line: string) => process.stdout.write(`${line}\n`);

/** A page that is live: its event stream is open and the rows to change are on screen. */
async function readyForChanges(page: Page): Promise<void> {
  await page.getByText('Live', { exact: true }).waitFor({ timeout: 10_000 });
  await assertRowsRendered(page, TARGETS);
}

/** Fresh contexts for cold loads; the last one's cache then serves the warm loads. Returns the last page, open. */
async function timeLoads(browser: Browser, base: string, cold: PageLoad[], warm: PageLoad[]) {
  let context: BrowserContext | undefined;
  for (let i = 0; i < LOADS; i += 1) {
    await context?.close();
    context = await probedContext(browser, base);
    const page = await context.newPage();
    cold.push(await loadConnectorList(page, LIST));
    await page.close();
  }
  if (!context) throw new Error('no page loads');
  let page: Page | undefined;
  for (let i = 0; i < LOADS; i += 1) {
    await page?.close();
    page = await context.newPage();
    warm.push(await loadConnectorList(page, LIST));
  }
  if (!page) throw new Error('no page loads');
  return page;
}

async function profiledRuns(browser: Browser, base: string, network: BenchNetwork, folder: string) {
  const context = await probedContext(browser, base);
  const page = await context.newPage();
  const load = await profilePage(page, () => loadConnectorList(page, LIST));
  say(
    `\nProfiled cold load: first row painted at ${load.result.firstRowPainted.toFixed(0)} ms; scripts fetched:`,
  );
  for (const { path: script, start, end } of load.result.scripts) {
    say(`  ${start.toFixed(0).padStart(5)}–${end.toFixed(0).padEnd(5)} ${script}`);
  }
  say('Main thread:');
  summarizeProfile(load.profile, 15).forEach(say);
  say(`saved ${await saveProfile(load.profile, folder, 'browser-load')}`);
  await readyForChanges(page);
  const changes = await profilePage(page, () =>
    timeStatusChanges(page, network, TARGETS, { count: 20, gapMs: GAP_MS, label: 'profiled' }),
  );
  say(`\nProfiled ${changes.result.inDom.length} status changes, main thread:`);
  summarizeProfile(changes.profile, 15).forEach(say);
  say(`saved ${await saveProfile(changes.profile, folder, 'browser-changes')}`);
  await context.close();
}

async function main(): Promise<boolean> {
  if (!existsSync(BFF_BUNDLE) || !existsSync(webIndex)) throw new Error('run `npm run build` first');
  const started = performance.now();
  say(
    `Building ${SITES.clusters} clusters and ${SITES.localSites} local sites, ${SITES.perSite} connectors each...`,
  );
  const network = await buildNetwork(SITES);
  const bff = await startBff(network).catch(async (error: unknown) => {
    await network.close();
    throw error;
  });
  say(`BFF synced ${network.connectorCount} connectors in ${(bff.syncMs / 1000).toFixed(2)} s`);
  const browser = await launchBrowser();
  try {
    const cold: PageLoad[] = [];
    const warm: PageLoad[] = [];
    const page = await timeLoads(browser, bff.base, cold, warm);
    printLoads('Cold loads, each in a new browser context', cold);
    printLoads('Warm loads, one context with cached scripts', warm);
    await readyForChanges(page);
    const heapAfterLoad = await measureHeap(page);
    await timeStatusChanges(page, network, TARGETS, {
      count: WARM_UP_CHANGES,
      gapMs: GAP_MS,
      label: 'warm-up',
    });
    const changes = await timeStatusChanges(page, network, TARGETS, {
      count: CHANGES,
      gapMs: GAP_MS,
      label: 'timed',
    });
    const heapAfterChanges = await measureHeap(page);
    await page.context().close();
    const scripts = await measureScripts((cold[0]?.scripts ?? []).map((script) => script.path));
    const figures = browserFigures({ cold, warm, changes, heapAfterLoad, heapAfterChanges, scripts });
    printFigures('Browser benchmark (Chromium headless, 1280×720)', figures);
    if (process.env.BENCH_PROFILE) await profiledRuns(browser, bff.base, network, process.env.BENCH_PROFILE);
    say(`\nThe benchmark took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return figures.every((figure) => figure.ok);
  } finally {
    await browser.close();
    await bff.stop();
    await network.close();
  }
}

main().then(
  (withinBudgets) => {
    process.exitCode = withinBudgets ? 0 : 1;
  },
  (error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
