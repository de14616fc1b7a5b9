import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalDataHome, type LocalDataHome } from './dataHome.ts';
import { startSystemControllerSimulator, type SystemControllerSimulator } from './controllerSimulator.ts';
import { localConnector, resourceYaml } from './fixtureResources.ts';

let home: LocalDataHome | undefined;
let controller: SystemControllerSimulator | undefined;
afterEach(async () => {
  await controller?.stop();
  await home?.remove();
  controller = undefined;
  home = undefined;
});

const EAST = {
  name: 'east',
  platform: 'docker' as const,
  site: 'east-site',
  connectors: [{ name: 'backend', port: 8080 }],
  certs: ['tls'],
};

/** Whether util-linux flock could take the lock right now (exit 0) or not (exit 1). */
function lockIsFree(lockFile: string): Promise<boolean> {
  return new Promise((resolve) =>
    execFile('flock', ['--nonblock', lockFile, 'true'], (error) => resolve(!error)),
  );
}

describe('a local Skupper data home on disk', () => {
  it('has the layout the skupper CLI and controller use', async () => {
    home = await createLocalDataHome({ namespaces: [EAST] });
    const files = (await readdir(home.namespaceDir('east'), { recursive: true })).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'input/certs/tls',
        'input/resources/Connector-backend.yaml',
        'input/resources/Site-east-site.yaml',
        'internal/platform.yaml',
        'runtime/resources/Connector-backend.yaml',
        'runtime/resources/Site-east-site.yaml',
        'runtime/resources/ConfigMap-skupper-network-status.yaml',
      ]),
    );
    expect(await readFile(path.join(home.namespaceDir('east'), 'internal', 'platform.yaml'), 'utf8')).toBe(
      'platform: docker\n',
    );
  });
});

describe('the simulated system controller', () => {
  it('holds namespaces/controller.lock until it stops', async () => {
    home = await createLocalDataHome({ namespaces: [EAST] });
    const lockFile = path.join(home.dataHome, 'namespaces', 'controller.lock');
    controller = await startSystemControllerSimulator(home.dataHome, 'east');
    expect(await lockIsFree(lockFile)).toBe(false);
    await controller.stop();
    controller = undefined;
    expect(await lockIsFree(lockFile)).toBe(true);
  });

  it('reloads when a resource file in input changes and writes its status to runtime', async () => {
    home = await createLocalDataHome({ namespaces: [{ ...EAST, runtime: 'none' }] });
    controller = await startSystemControllerSimulator(home.dataHome, 'east', { holdLock: false });
    const reloaded = controller.nextReload();
    await writeFile(
      path.join(home.inputResources('east'), 'Connector-db.yaml'),
      resourceYaml(localConnector('east', { name: 'db', port: 5432 })),
    );
    await reloaded;
    const runtime = parse(
      await readFile(path.join(home.runtimeResources('east'), 'Connector-db.yaml'), 'utf8'),
    );
    expect(runtime.status).toMatchObject({ status: 'Pending', message: 'No matching listeners' });
  });

  it('recreates runtime/resources on a reload, as skupper system reload does', async () => {
    home = await createLocalDataHome({ namespaces: [EAST] });
    await writeFile(path.join(home.runtimeResources('east'), 'Connector-stale.yaml'), 'kind: Connector\n');
    controller = await startSystemControllerSimulator(home.dataHome, 'east', {
      holdLock: false,
      autoReload: false,
    });
    await controller.reload();
    expect(await readdir(home.runtimeResources('east'))).not.toContain('Connector-stale.yaml');
    expect(controller.reloadCount).toBe(1);
  });
});
