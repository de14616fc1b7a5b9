import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connector, Site } from '@connector-console/model';
import { createLocalDataHome, startSystemControllerSimulator } from '@connector-console/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordingSink, startSystemSite, type StartedSite } from './sink.test-support.ts';
import { SystemSite } from './SystemSite.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(...args: Parameters<typeof startSystemSite>): Promise<StartedSite> {
  const started = await startSystemSite(...args);
  cleanups.push(() => started.close());
  return started;
}

const EAST = {
  name: 'east',
  platform: 'podman' as const,
  site: 'east-site',
  connectors: [
    { name: 'backend', port: 8080 },
    { name: 'lonely', port: 9000 },
  ],
  listeners: [{ name: 'backend', port: 8080 }],
  certs: ['backend-tls', 'db-tls'],
};

describe('what a local site reports', () => {
  it('shows each connector from input/resources with the status the runtime reports', async () => {
    const { sink } = await start(EAST);
    const backend = sink.get('Connector', 'backend') as Connector;
    const lonely = sink.get('Connector', 'lonely') as Connector;
    expect(backend.spec).toMatchObject({ routingKey: 'backend', host: 'localhost', port: 8080 });
    expect(backend.status).toMatchObject({ status: 'Ready', message: 'OK', hasMatchingListener: true });
    expect(lonely.status).toMatchObject({ status: 'Pending', message: 'No matching listeners' });
    expect(lonely.status?.hasMatchingListener).toBeUndefined();
  });

  it('reports listeners and the site, with the network the site status describes', async () => {
    const { sink } = await start(EAST);
    expect(sink.names('Listener')).toEqual(['backend']);
    const site = sink.get('Site', 'east-site') as Site;
    expect(site.status?.network?.[0]?.services).toEqual(
      expect.arrayContaining([expect.objectContaining({ routingKey: 'backend', listeners: ['backend'] })]),
    );
  });

  it('uses a hash of the input file as the resourceVersion', async () => {
    const { sink, home } = await start(EAST);
    const bytes = await readFile(path.join(home.inputResources('east'), 'Connector-backend.yaml'));
    const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    expect(sink.get('Connector', 'backend')?.metadata.resourceVersion).toBe(expected);
  });

  it('shows the desired spec from input even when the runtime still describes an older one', async () => {
    const home = await createLocalDataHome({ namespaces: [EAST] });
    cleanups.push(() => home.remove());
    const file = path.join(home.inputResources('east'), 'Connector-backend.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('port: 8080', 'port: 8181'));
    const site = new SystemSite({ id: 'east', name: 'east', dataHome: home.dataHome, namespace: 'east' });
    const sink = new RecordingSink();
    await site.start(sink);
    cleanups.push(() => site.stop());
    const backend = sink.get('Connector', 'backend') as Connector;
    expect(backend.spec.port).toBe(8181);
    expect(backend.status?.status).toBe('Ready');
  });

  it('reads every document of multi-document .yaml and .yml files', async () => {
    const home = await createLocalDataHome({
      namespaces: [{ name: 'shop', platform: 'docker', runtime: 'none' }],
    });
    cleanups.push(() => home.remove());
    const doc = (kind: string, name: string) =>
      `apiVersion: skupper.io/v2alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  routingKey: ${name}\n  host: h\n  port: 1\n`;
    await writeFile(
      path.join(home.inputResources('shop'), 'shop.yaml'),
      [doc('Connector', 'a'), doc('Listener', 'b'), doc('Connector', 'c')].join('---\n'),
    );
    await writeFile(path.join(home.inputResources('shop'), 'more.yml'), `---\n${doc('Connector', 'd')}...\n`);
    const site = new SystemSite({ id: 'shop', name: 'shop', dataHome: home.dataHome, namespace: 'shop' });
    const sink = new RecordingSink();
    await site.start(sink);
    cleanups.push(() => site.stop());
    expect(sink.names('Connector')).toEqual(['a', 'c', 'd']);
    expect(sink.names('Listener')).toEqual(['b']);
    expect(site.info.platform).toBe('docker');
  });

  it('names an unreadable input file in the health message and still shows the others', async () => {
    const { sink, home, site } = await start({ ...EAST, runtime: 'none' });
    await writeFile(path.join(home.inputResources('east'), 'Connector-broken.yaml'), 'spec: [unclosed\n');
    await site.stop();
    const again = new RecordingSink();
    await site.start(again);
    expect(again.latestHealth?.message).toContain('Connector-broken.yaml cannot be read');
    expect(again.names('Connector')).toEqual(['backend', 'lonely']);
    expect(sink.names('Connector')).toEqual(['backend', 'lonely']);
  });

  it('lists the folders under input/certs as TLS credentials and no pods or workloads', async () => {
    const { site } = await start(EAST);
    expect(await site.listTlsCredentials()).toEqual(['backend-tls', 'db-tls']);
    expect(await site.listPods()).toEqual([]);
    expect(await site.listWorkloads()).toEqual([]);
  });
});

describe('the health of a local site', () => {
  it('says status is not live when no system controller holds the lock', async () => {
    const { sink } = await start(EAST);
    expect(sink.latestHealth).toMatchObject({ state: 'ready', statusLive: false });
    expect(sink.latestHealth?.message).toContain('skupper system reload -n east');
  });

  it('says status is live while a system controller holds namespaces/controller.lock, and notices when it stops', async () => {
    const home = await createLocalDataHome({ namespaces: [EAST] });
    cleanups.push(() => home.remove());
    const controller = await startSystemControllerSimulator(home.dataHome, 'east', { autoReload: false });
    const site = new SystemSite({
      id: 'east',
      name: 'east',
      dataHome: home.dataHome,
      namespace: 'east',
      controllerCheckMs: 20,
    });
    const sink = new RecordingSink();
    await site.start(sink);
    cleanups.push(() => site.stop());
    expect(sink.latestHealth).toMatchObject({ state: 'ready', statusLive: true });
    await controller.stop();
    await sink.waitFor(() => sink.latestHealth?.statusLive === false, 'status to stop being live');
  });

  it('tells what to create and run when the namespace folder is missing, and recovers when it appears', async () => {
    const home = await createLocalDataHome({ namespaces: [] });
    cleanups.push(() => home.remove());
    const site = new SystemSite({
      id: 'late',
      name: 'late',
      dataHome: home.dataHome,
      namespace: 'late',
      presencePollMs: 20,
      debounceMs: 10,
    });
    const sink = new RecordingSink();
    await site.start(sink);
    cleanups.push(() => site.stop());
    expect(sink.latestHealth).toMatchObject({ state: 'error', statusLive: false });
    expect(sink.latestHealth?.message).toContain('skupper site create');
    expect(sink.latestHealth?.message).toContain('skupper system setup -n late');
    await createLocalDataHome({
      root: home.dataHome,
      namespaces: [{ name: 'late', platform: 'linux', connectors: [{ name: 'db', port: 5432 }] }],
    });
    await sink.waitFor(() => sink.get('Connector', 'db'), 'the connector of the new namespace');
    await sink.waitFor(() => sink.latestHealth?.state === 'ready', 'the site to be ready');
    expect(site.info.platform).toBe('linux');
  });

  it('assumes Podman and says so when internal/platform.yaml is missing', async () => {
    const { site, sink } = await start({ ...EAST, platform: null });
    expect(site.info.platform).toBe('podman');
    expect(sink.latestHealth?.message).toContain('assumed to be Podman');
  });

  it('says the site has no runtime status before it is first set up', async () => {
    const { sink } = await start({ ...EAST, runtime: 'none' });
    expect(sink.get('Connector', 'backend')?.status).toBeUndefined();
    expect(sink.latestHealth?.message).toContain('no runtime status yet');
  });

  it('reports an error when the namespace folder is removed', async () => {
    const { sink, home } = await start(EAST);
    await rm(home.namespaceDir('east'), { recursive: true });
    await sink.waitFor(() => sink.latestHealth?.state === 'error', 'the error');
    expect(sink.names('Connector')).toEqual([]);
    await mkdir(home.namespaceDir('east'));
  });
});
