/// <reference lib="dom" />
// One page load of the connector list, timed from navigation start to the first connector row on screen.
import type { Page } from '@playwright/test';
import { readProbe, waitForFirstRow } from './pageProbe.ts';

export interface PageLoad {
  /** ms since navigation start (the page's performance.timeOrigin). */
  documentReceived: number;
  domContentLoaded: number;
  connectorsFetchStart: number;
  connectorsFetchEnd: number;
  /** The connector list as the browser received it (uncompressed: the BFF does not compress). */
  connectorsBytes: number;
  firstRowInDom: number;
  firstRowPainted: number;
  /** From the benchmark calling page.goto to the first row painted (adds Playwright's round trip). */
  fromGotoCall: number;
  /** Same-origin scripts fetched before the first row was painted, with when each was requested and received. */
  scripts: { path: string; start: number; end: number }[];
}

interface PageTimings extends Omit<PageLoad, 'fromGotoCall' | 'firstRowInDom' | 'firstRowPainted'> {
  timeOrigin: number;
}

function readTimings(page: Page, scriptsBefore: number): Promise<PageTimings> {
  return page.evaluate((before) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const connectors = resources.find((entry) => new URL(entry.name).pathname === '/api/connectors');
    return {
      timeOrigin: performance.timeOrigin,
      documentReceived: navigation?.responseEnd ?? Number.NaN,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      connectorsFetchStart: connectors?.startTime ?? Number.NaN,
      connectorsFetchEnd: connectors?.responseEnd ?? Number.NaN,
      connectorsBytes: connectors?.decodedBodySize ?? Number.NaN,
      scripts: resources
        .filter(
          (entry) =>
            entry.startTime < before && entry.name.startsWith(location.origin) && entry.name.endsWith('.js'),
        )
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
          end: entry.responseEnd,
        })),
    };
  }, scriptsBefore);
}

/** Navigates a fresh page (one with the probe, see launch.ts) to `path`. */
export async function loadConnectorList(page: Page, path: string): Promise<PageLoad> {
  const gotoCalledAt = Date.now();
  await page.goto(path, { waitUntil: 'commit' });
  await waitForFirstRow(page, 30_000);
  const probe = await readProbe(page);
  const firstRowPainted = probe.firstRowPainted ?? Number.NaN;
  const { timeOrigin, ...timings } = await readTimings(page, firstRowPainted);
  return {
    ...timings,
    firstRowInDom: probe.firstRowInDom ?? Number.NaN,
    firstRowPainted,
    fromGotoCall: timeOrigin + firstRowPainted - gotoCalledAt,
  };
}
