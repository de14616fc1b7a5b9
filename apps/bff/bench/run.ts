// npm run bench: the BFF with 20 sites and 10,000 connectors, measured against the budgets of its issue.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangeEvent, SiteSummary } from '@connector-console/model';
import { openEventStream } from '../src/testing/sseClient.ts';
import { buildNetwork } from './network.ts';
import { percentile, printFigures, type Figure } from './stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SITES = { clusters: 16, localSites: 4, perSite: 500 };
const GET_SAMPLES = 40;
const CHANGES = 60;
const CLIENTS = 10;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the BFF');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

async function main(): Promise<void> {
  process.stdout.write(
    `Building ${SITES.clusters} clusters and ${SITES.localSites} local sites, ${SITES.perSite} connectors and listeners each...\n`,
  );
  const network = await buildNetwork(SITES);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const bff = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      // The production bundle, as npm start runs it (npm run bench builds it first).
      path.resolve(here, '../dist/main.js'),
      '--port',
      String(port),
      '--kubeconfig',
      network.kubeconfig,
      '--data-home',
      network.local.dataHome,
      ...network.siteFlags,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  try {
    await waitUntil(
      async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.ok === true,
      60_000,
    );
    const listeningMs = performance.now() - started;
    // Ready means every site's first complete listing is in the index.
    await waitUntil(async () => {
      try {
        const sites = (await (await fetch(`${base}/api/sites`)).json()) as SiteSummary[];
        return sites.length === SITES.clusters + SITES.localSites && sites.every((s) => s.state === 'ready');
      } catch {
        return false;
      }
    }, 120_000);
    const syncMs = performance.now() - started;
    const { items } = (await (await fetch(`${base}/api/connectors`)).json()) as { items: unknown[] };
    if (items.length !== network.connectorCount) {
      throw new Error(`the index holds ${items.length} connectors, not ${network.connectorCount}`);
    }
    const rss = rssMiB(bff.pid ?? 0);

    const getTimes: number[] = [];
    for (let i = 0; i < GET_SAMPLES; i += 1) {
      const t0 = performance.now();
      await (await fetch(`${base}/api/connectors`)).arrayBuffer();
      getTimes.push(performance.now() - t0);
    }

    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, () => openEventStream(`${base}/api/events`)),
    );
    const latencies: number[] = [];
    const store = network.api.cluster('cluster-01').store;
    for (let i = 0; i < CHANGES; i += 1) {
      const name = `connector-${i}`;
      const port = 20000 + i;
      const t0 = performance.now();
      store.patch('Connector', 'network-01', name, { type: 'merge', body: { spec: { port } } });
      await Promise.all(
        clients.map(async (client) => {
          await client.waitFor(
            (e) =>
              e.event === 'changes' &&
              (e.data as ChangeEvent[]).some(
                (c) =>
                  c.resource.metadata.name === name && (c.resource.spec as { port?: number }).port === port,
              ),
            10_000,
          );
          latencies.push(performance.now() - t0);
        }),
      );
    }
    for (const client of clients) client.close();
    const rssAfter = rssMiB(bff.pid ?? 0);

    const figures: Figure[] = [
      {
        measure: 'BFF start to a fully synced index (20 sites, 10,000 connectors, 10,000 listeners)',
        value: `${(syncMs / 1000).toFixed(2)} s (listening after ${(listeningMs / 1000).toFixed(2)} s)`,
        budget: '< 5 s',
        ok: syncMs < 5000,
      },
      {
        measure: `GET /api/connectors p95 (${GET_SAMPLES} requests, p50 ${percentile(getTimes, 50).toFixed(0)} ms)`,
        value: `${percentile(getTimes, 95).toFixed(0)} ms`,
        budget: '< 100 ms',
        ok: percentile(getTimes, 95) < 100,
      },
      {
        measure: `change in the API server to SSE event at each of ${CLIENTS} clients, p95 (${latencies.length} samples)`,
        value: `${percentile(latencies, 95).toFixed(0)} ms`,
        budget: '< 200 ms',
        ok: percentile(latencies, 95) < 200,
      },
      {
        measure: 'BFF RSS after sync',
        value: `${rss.toFixed(0)} MiB (${rssAfter.toFixed(0)} MiB after the load)`,
        budget: '< 300 MB',
        ok: rss < 286,
      },
    ];
    printFigures('BFF benchmark', figures);
  } finally {
    const exited = new Promise((resolve) => bff.once('exit', resolve));
    bff.kill('SIGTERM');
    await exited;
    await network.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
