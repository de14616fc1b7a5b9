// The BFF production bundle as a child process for benchmarks: spawned on a free port, ready once every site synced.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteSummary } from '@connector-console/model';
import type { BenchNetwork } from './network.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The bundle `npm start` runs; `npm run build` makes it. */
export const BFF_BUNDLE = path.resolve(here, '../dist/main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 25 ms until it holds; `what` names the wait in the timeout error. */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface RunningBff {
  base: string;
  child: ChildProcess;
  /** From spawn to answering /api/health. */
  listeningMs: number;
  /** From spawn to every site's first complete listing in the index. */
  syncMs: number;
  stop(): Promise<void>;
}

export interface BffOptions {
  /** Write a V8 CPU profile of the BFF into this folder when it exits. */
  cpuProfileDir?: string;
}

export async function startBff(network: BenchNetwork, options: BffOptions = {}): Promise<RunningBff> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
      BFF_BUNDLE,
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
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  const stop = async () => {
    if (exitCode === undefined) child.kill('SIGTERM');
    await exited;
  };
  const alive = () => {
    if (exitCode !== undefined) throw new Error(`the BFF exited early (code ${exitCode})`);
  };
  try {
    await waitUntil(
      async () => {
        alive();
        return (await fetch(`${base}/api/health`).catch(() => undefined))?.ok === true;
      },
      60_000,
      'the BFF to listen',
    );
    const listeningMs = performance.now() - started;
    await waitUntil(
      async () => {
        alive();
        try {
          const sites = (await (await fetch(`${base}/api/sites`)).json()) as SiteSummary[];
          return sites.length === network.siteCount && sites.every((s) => s.state === 'ready');
        } catch {
          return false;
        }
      },
      120_000,
      'every site to be ready',
    );
    return { base, child, listeningMs, syncMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
