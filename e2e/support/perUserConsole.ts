// Test support: a second console in per-user mode, in front of its own test API server where two people have
// different rights: Bob may only read east; Alice may change connectors in east and read west.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  startApiServer,
  type ApiServer,
  type KubeObject,
  type RequestAttributes,
} from '@connector-console/testkit';

export const TOKENS = { alice: 'alice-e2e-token', bob: 'bob-e2e-token' } as const;
const PEOPLE: Record<string, string> = { [TOKENS.alice]: 'alice', [TOKENS.bob]: 'bob' };
const READS = new Set(['get', 'list', 'watch']);
const CLUSTERS = [
  { name: 'east', namespace: 'hello-world-east' },
  { name: 'west', namespace: 'hello-world-west' },
];

function allowed(a: RequestAttributes): boolean {
  if (a.user.name === 'console') return READS.has(a.verb);
  if (a.user.name === 'alice') return a.cluster === 'east' || READS.has(a.verb);
  return a.user.name === 'bob' && a.cluster === 'east' && READS.has(a.verb);
}

function connector(name: string, namespace: string): KubeObject {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, namespace },
    spec: { routingKey: name, port: 8080, selector: `app=${name}` },
  } as unknown as KubeObject;
}

export interface PerUserConsole {
  url: string;
  close(): Promise<void>;
}

async function waitForHealth(url: string, bff: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (bff.exitCode !== null) throw new Error(`the per-user console exited with ${bff.exitCode}`);
    const ok = await fetch(`${url}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the per-user console did not become ready');
}

export async function startPerUserConsole(port: number): Promise<PerUserConsole> {
  // The console's own kubeconfig tokens are only known once the server runs.
  const started: { api?: ApiServer } = {};
  const api = await startApiServer({
    clusters: CLUSTERS,
    auth: {
      authenticate: (token, cluster) => {
        if (token && PEOPLE[token]) return { name: PEOPLE[token] };
        return token === started.api?.cluster(cluster).token ? { name: 'console' } : undefined;
      },
      authorize: allowed,
    },
  });
  started.api = api;
  api.cluster('east').store.create(connector('backend', 'hello-world-east'));
  api.cluster('west').store.create(connector('database', 'hello-world-west'));
  const folder = path.resolve('test-results/e2e-per-user');
  mkdirSync(folder, { recursive: true });
  const kubeconfig = await api.writeKubeconfig(path.join(folder, 'kubeconfig'));
  const bff = spawn(
    process.execPath,
    [
      'apps/bff/dist/main.js',
      '--per-user',
      '--port',
      String(port),
      '--kubeconfig',
      kubeconfig,
      '--site',
      'east=kubernetes:east/hello-world-east',
      '--site',
      'west=kubernetes:west/hello-world-west',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, bff);
  return {
    url,
    async close() {
      const exited = new Promise((resolve) => bff.once('exit', resolve));
      bff.kill('SIGTERM');
      await exited;
      await api.close();
    },
  };
}
