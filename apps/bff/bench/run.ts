// npm run bench: the BFF with 20 sites and 10,000 connectors, measured against the budgets of its issue.
import { readFileSync } from 'node:fs';
import type { ChangeEvent } from '@connector-console/model';
import { openEventStream } from '../src/testing/sseClient.ts';
import { startBff } from './bffProcess.ts';
import { buildNetwork } from './network.ts';
import { percentile, printFigures, type Figure } from './stats.ts';

const SITES = { clusters: 16, localSites: 4, perSite: 500 };
const GET_SAMPLES = 40;
const CHANGES = 60;
const CLIENTS = 10;

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
  const bff = await startBff(network, {
    ...(process.env.BENCH_CPU_PROF ? { cpuProfileDir: process.env.BENCH_CPU_PROF } : {}),
  }).catch(async (error: unknown) => {
    await network.close();
    throw error;
  });
  const { base, listeningMs, syncMs } = bff;
  try {
    const { items } = (await (await fetch(`${base}/api/connectors`)).json()) as { items: unknown[] };
    if (items.length !== network.connectorCount) {
      throw new Error(`the index holds ${items.length} connectors, not ${network.connectorCount}`);
    }
    const rss = rssMiB(bff.child.pid ?? 0);

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
    const rssAfter = rssMiB(bff.child.pid ?? 0);

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
    await bff.stop();
    await network.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
