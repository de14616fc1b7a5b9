// The browser benchmark's output: every page load, then the figures against the budgets.
import { percentile, type Figure } from '../../apps/bff/bench/stats.ts';
import type { HeapUsage } from './heap.ts';
import type { PageLoad } from './pageLoad.ts';
import type { ScriptSizes } from './routeScripts.ts';
import type { ChangeLatencies } from './statusChanges.ts';

const ms = (value: number) => `${value.toFixed(0)} ms`;

export function printLoads(title: string, loads: readonly PageLoad[]): void {
  const lines = [
    `\n${title} (ms since navigation start)\n`,
    '| run | document received | DOMContentLoaded | GET /api/connectors | first row in DOM | first row painted | from the goto call |',
    '|---|---|---|---|---|---|---|',
    ...loads.map(
      (load, index) =>
        `| ${index + 1} | ${load.documentReceived.toFixed(0)} | ${load.domContentLoaded.toFixed(0)} | ` +
        `${load.connectorsFetchStart.toFixed(0)}–${load.connectorsFetchEnd.toFixed(0)} ` +
        `(${(load.connectorsBytes / 1e6).toFixed(1)} MB) | ${load.firstRowInDom.toFixed(0)} | ` +
        `${load.firstRowPainted.toFixed(0)} | ${load.fromGotoCall.toFixed(0)} |`,
    ),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

function loadFigure(kind: string, loads: readonly PageLoad[]): Figure {
  const painted = loads.map((load) => load.firstRowPainted);
  const median = percentile(painted, 50);
  return {
    measure: `${kind}: navigation start to the first connector row painted, median of ${loads.length} (max ${ms(Math.max(...painted))})`,
    value: ms(median),
    budget: '< 1.5 s',
    ok: median < 1500,
  };
}

export interface BrowserResults {
  cold: readonly PageLoad[];
  warm: readonly PageLoad[];
  changes: ChangeLatencies;
  heapAfterLoad: HeapUsage;
  heapAfterChanges: HeapUsage;
  scripts: ScriptSizes;
}

export function browserFigures(results: BrowserResults): Figure[] {
  const { changes, heapAfterLoad, heapAfterChanges, scripts } = results;
  const p95 = percentile(changes.inDom, 95);
  return [
    loadFigure('Cold (new browser context, empty cache)', results.cold),
    loadFigure('Warm (same context, cached scripts)', results.warm),
    {
      measure:
        `Status write in the API server to the row updated in the DOM, p95 of ${changes.inDom.length} ` +
        `(p50 ${ms(percentile(changes.inDom, 50))}, max ${ms(Math.max(...changes.inDom))}; ` +
        `to the frame painted p50 ${ms(percentile(changes.painted, 50))}, p95 ${ms(percentile(changes.painted, 95))})`,
      value: ms(p95),
      budget: '< 250 ms',
      ok: p95 < 250,
    },
    {
      measure:
        `JS heap after load and a full GC (${heapAfterLoad.usedBeforeGcMB.toFixed(0)} MB before the GC; ` +
        `${heapAfterChanges.usedMB.toFixed(0)} MB after the changes)`,
      value: `${heapAfterLoad.usedMB.toFixed(1)} MB`,
      budget: '< 150 MB',
      ok: heapAfterLoad.usedMB < 150 && heapAfterChanges.usedMB < 150,
    },
    {
      measure: `Scripts fetched before the first row (${scripts.files} files, ${scripts.rawKB.toFixed(0)} kB raw)`,
      value: `${scripts.gzipKB.toFixed(0)} kB gzip`,
      budget: '≤ 250 kB gzip',
      ok: scripts.gzipKB <= 250,
    },
  ];
}
