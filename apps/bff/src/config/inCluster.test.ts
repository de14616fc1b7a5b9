// Inside a Kubernetes pod: the sites come from the deploy/ ConfigMap and are read with the pod's service account.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR } from '../deployment/manifests.ts';
import { parseConsoleFile } from './consoleFile.ts';
import { discoverSites } from './discover.ts';
import { fromFile, resolveOptions } from './options.ts';

describe('in-cluster configuration', () => {
  it('turns the ConfigMap’s sites into Kubernetes sites using the in-cluster service account, in per-user mode', async () => {
    const file = parseConsoleFile(
      readFileSync(path.join(DEPLOY_DIR, 'console.yaml'), 'utf8'),
      'console.yaml',
    );
    const env = {
      KUBERNETES_SERVICE_HOST: '10.96.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      HOME: mkdtempSync(path.join(os.tmpdir(), 'cc-home-')),
    };
    const options = resolveOptions(env, fromFile(file));
    expect(options.perUser).toBe(true);
    const discovery = await discoverSites(options, env);
    expect(discovery.backends.map((b) => b.info)).toEqual([
      { id: 'east', name: 'east', kind: 'kubernetes', platform: 'kubernetes', namespace: 'hello-world-east' },
      { id: 'west', name: 'west', kind: 'kubernetes', platform: 'kubernetes', namespace: 'hello-world-west' },
    ]);
    expect(discovery.backends.every((b) => typeof b.asUser === 'function')).toBe(true);
  });

  it('refuses per-user mode with a local site, which has no per-person rights', async () => {
    const options = resolveOptions({}, { perUser: true, sites: [{ kind: 'system', namespace: 'default' }] });
    await expect(discoverSites(options, { HOME: os.tmpdir() })).rejects.toThrow(/Kubernetes sites only/);
  });
});
