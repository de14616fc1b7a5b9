import { rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connector } from '@connector-console/model';
import { resourceYaml, startSystemControllerSimulator, writeRuntime } from '@connector-console/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { startSystemSite, type StartedSite } from './sink.test-support.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(...args: Parameters<typeof startSystemSite>): Promise<StartedSite> {
  const started = await startSystemSite(...args);
  cleanups.push(() => started.close());
  return started;
}

const connectorYaml = (name: string, port: number) =>
  resourceYaml({
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, namespace: 'east' },
    spec: { host: 'localhost', port, routingKey: name },
  });

const EAST = {
  name: 'east',
  platform: 'podman' as const,
  site: 'east-site',
  connectors: [{ name: 'backend', port: 8080 }],
};

describe('changes on disk reach the console', () => {
  it('reports a connector file added, edited and removed by someone else', async () => {
    const { sink, home } = await start(EAST);
    const file = path.join(home.inputResources('east'), 'Connector-db.yaml');
    await writeFile(file, connectorYaml('db', 5432));
    await sink.waitFor(
      () => sink.changes.find((c) => c.type === 'ADDED' && c.resource.metadata.name === 'db'),
      'ADDED db',
    );
    await writeFile(file, connectorYaml('db', 5433));
    const modified = await sink.waitFor(
      () => sink.changes.find((c) => c.type === 'MODIFIED' && (c.resource as Connector).spec.port === 5433),
      'MODIFIED db',
    );
    expect(modified.kind).toBe('Connector');
    await unlink(file);
    await sink.waitFor(
      () => sink.changes.find((c) => c.type === 'DELETED' && c.resource.metadata.name === 'db'),
      'DELETED db',
    );
    expect(sink.names('Connector')).toEqual(['backend']);
  });

  it('follows status through a reload that deletes and recreates runtime/resources', async () => {
    const { sink, home } = await start(EAST);
    expect(sink.get('Connector', 'backend')?.status?.message).toBe('No matching listeners');
    // A listener for the key arrives in input; a reload recreates the runtime folder with settled status.
    const listener = resourceYaml({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Listener',
      metadata: { name: 'backend', namespace: 'east' },
      spec: { host: 'backend', port: 8080, routingKey: 'backend' },
    });
    await writeFile(path.join(home.inputResources('east'), 'Listener-backend.yaml'), listener);
    await rm(home.runtimeResources('east'), { recursive: true });
    await writeRuntime(home.dataHome, 'east', { platform: 'podman', settled: true });
    const ready = await sink.waitFor(
      () =>
        sink.get('Connector', 'backend')?.status?.status === 'Ready'
          ? sink.get('Connector', 'backend')
          : undefined,
      'the connector to become Ready',
    );
    expect(ready.status).toMatchObject({ message: 'OK', hasMatchingListener: true });
    expect(sink.get('Listener', 'backend')?.status?.status).toBe('Ready');
  });

  it('keeps watching after several reloads in a row', async () => {
    const { sink, home } = await start(EAST);
    const controller = await startSystemControllerSimulator(home.dataHome, 'east', { autoReload: false });
    cleanups.push(() => controller.stop());
    for (let round = 0; round < 3; round++) await controller.reload();
    await writeFile(
      path.join(home.inputResources('east'), 'Connector-late.yaml'),
      connectorYaml('late', 1234),
    );
    await controller.reload();
    await sink.waitFor(
      () => sink.get('Connector', 'late')?.status?.status,
      'status of a connector added after reloads',
    );
  });

  it('shows a connector created in the console as Ready once the system controller has reloaded', async () => {
    const { sink, home, site } = await start({ ...EAST, listeners: [{ name: 'db', port: 5432 }] });
    const controller = await startSystemControllerSimulator(home.dataHome, 'east');
    cleanups.push(() => controller.stop());
    await site.createConnector({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'db' },
      spec: { routingKey: 'db', port: 5432, host: 'db.local' },
    });
    await sink.waitFor(() => sink.get('Connector', 'db')?.status?.status === 'Ready', 'db to become Ready');
    await sink.waitFor(() => sink.latestHealth?.statusLive, 'status to be live');
  });

  it('reports every file of a burst of writes', async () => {
    const { sink, home } = await start(EAST);
    const names = Array.from({ length: 20 }, (_, i) => `burst-${i}`);
    await Promise.all(
      names.map((name, i) =>
        writeFile(
          path.join(home.inputResources('east'), `Connector-${name}.yaml`),
          connectorYaml(name, 1000 + i),
        ),
      ),
    );
    await sink.waitFor(() => names.every((name) => sink.get('Connector', name)), 'all 20 connectors');
  });
});
