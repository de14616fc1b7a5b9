// The real kubectl against the test server: discovery, tables, apply, patch, delete and watch.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findKubectl, runKubectl, type KubectlResult } from './kubectlBinary.ts';
import { connector, readLines, startTestServer, type TestServer } from './testSupport.ts';

const kubectl = findKubectl();
const namespace = 'hello-world-east';

describe.skipIf(!kubectl)(
  `kubectl (${kubectl ?? 'not found: set KUBECTL to a kubectl binary to run these tests'})`,
  { timeout: 30_000 },
  () => {
    let test: TestServer;
    let directory: string;
    const baseArgs = () => [
      '--kubeconfig',
      test.kubeconfigPath,
      '--cache-dir',
      path.join(directory, 'cache'),
      '--context',
      'east',
    ];
    const environment = () => ({ PATH: process.env.PATH ?? '', HOME: directory });
    const store = () => test.server.cluster('east').store;

    function run(...args: string[]): Promise<KubectlResult> {
      return runKubectl(kubectl ?? 'kubectl', [...baseArgs(), ...args], environment());
    }

    async function manifest(name: string, object: object): Promise<string> {
      const file = path.join(directory, `${name}.yaml`);
      await writeFile(file, stringify(object));
      return file;
    }

    beforeAll(async () => {
      test = await startTestServer();
      directory = await mkdtemp(path.join(os.tmpdir(), 'testkit-kubectl-'));
    });
    afterAll(async () => {
      await test.close();
      await rm(directory, { recursive: true, force: true });
    });

    it('shows the printer columns in `kubectl get connectors`', async () => {
      store().create(connector('k-backend'));
      store().updateStatus('Connector', namespace, 'k-backend', {
        status: 'Ready',
        message: 'OK',
        hasMatchingListener: true,
      });
      const { stdout, code } = await run('get', 'connectors');
      expect(code).toBe(0);
      const [header, ...rows] = stdout.trim().split('\n');
      expect(header).toMatch(
        /^NAME\s+ROUTING KEY\s+PORT\s+HOST\s+SELECTOR\s+STATUS\s+HAS MATCHING LISTENER\s+MESSAGE$/,
      );
      expect(rows.find((row) => row.startsWith('k-backend'))).toMatch(
        /^k-backend\s+k-backend\s+8080\s+app=k-backend\s+Ready\s+true\s+OK$/,
      );
    });

    it('creates and then updates a connector with `kubectl apply -f`', async () => {
      const file = await manifest('k-apply', connector('k-apply'));
      const created = await run('apply', '-f', file);
      expect(created.stdout.trim()).toBe('connector.skupper.io/k-apply created');
      await manifest('k-apply', connector('k-apply', { port: 9090 }));
      const updated = await run('apply', '-f', file);
      expect(updated.stdout.trim()).toBe('connector.skupper.io/k-apply configured');
      expect(store().get('Connector', namespace, 'k-apply')).toMatchObject({
        spec: { port: 9090 },
        metadata: { generation: 2 },
      });
    });

    it('shows the API server validation message when apply is refused', async () => {
      const file = await manifest('k-invalid', { ...connector('k-invalid'), spec: { port: 1 } });
      const { stderr, code } = await run('apply', '-f', file);
      expect(code).not.toBe(0);
      expect(stderr).toContain('The Connector "k-invalid" is invalid');
      expect(stderr).toContain('spec.routingKey: Required value');
    });

    it('patches a connector with `kubectl patch --type merge`', async () => {
      store().create(connector('k-patch'));
      const { stdout } = await run(
        'patch',
        'connector',
        'k-patch',
        '--type',
        'merge',
        '-p',
        '{"spec":{"port":7070}}',
      );
      expect(stdout.trim()).toBe('connector.skupper.io/k-patch patched');
      expect(store().get('Connector', namespace, 'k-patch')?.spec).toMatchObject({ port: 7070 });
    });

    it('deletes a connector with `kubectl delete`', async () => {
      store().create(connector('k-delete'));
      const { stdout } = await run('delete', 'cnr', 'k-delete');
      expect(stdout.trim()).toBe('connector.skupper.io "k-delete" deleted');
      expect(store().get('Connector', namespace, 'k-delete')).toBeUndefined();
    });

    it('prints a change made through the API in `kubectl get -w <name>`', async () => {
      store().create(connector('k-watch'));
      const child = spawn(kubectl ?? 'kubectl', [...baseArgs(), 'get', 'connectors', 'k-watch', '-w'], {
        env: environment(),
      });
      try {
        const lines = readLines(child.stdout);
        await lines.until((line) => /^k-watch\s+k-watch\s+8080\b/.test(line));
        // kubectl drops the first event of a single-object watch, so change the object only once it listens.
        await vi.waitFor(() => expect(test.server.cluster('east').openWatches()).toBe(1), {
          timeout: 10_000,
        });
        store().patch('Connector', namespace, 'k-watch', { type: 'merge', body: { spec: { port: 6060 } } });
        await lines.until((line) => /^k-watch\s+k-watch\s+6060\b/.test(line));
      } finally {
        child.kill();
      }
    });
  },
);
