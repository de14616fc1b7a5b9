import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connector } from '@connector-console/model';
import { afterEach, describe, expect, it } from 'vitest';
import { startSystemSite, type StartedSite } from './sink.test-support.ts';

let started: StartedSite | undefined;
afterEach(async () => {
  await started?.close();
  started = undefined;
});

const NS = 'west';

async function startWest(extra: Parameters<typeof startSystemSite>[0] = { name: NS, platform: 'podman' }) {
  started = await startSystemSite(extra);
  return started;
}

function connectorFile({ home }: StartedSite, name: string): string {
  return path.join(home.inputResources(NS), `Connector-${name}.yaml`);
}

/** Every file under the data home with its bytes, to prove that nothing was written. */
async function everyFile(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(root, file)] = await readFile(file, 'utf8');
  }
  return files;
}

const newConnector = (name: string, spec: Partial<Connector['spec']> = {}): Connector => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name },
  spec: { routingKey: '', port: 8080, host: 'backend.local', ...spec },
});

// One space before an inline comment: the yaml library writes comments back that way.
const HAND_WRITTEN = `# Backend of the shop; team A owns it.
apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
  namespace: west
  labels:
    team: a # keep this label
spec:
  routingKey: backend
  host: backend.local # the VM that runs it
  port: 8080
  futureField: kept as it is
`;

async function withHandWrittenBackend(): Promise<{ site: StartedSite; current: Connector }> {
  const site = await startWest();
  await writeFile(connectorFile(site, 'backend'), HAND_WRITTEN);
  const current = await site.sink.waitFor(
    () => site.sink.get('Connector', 'backend') as Connector | undefined,
    'backend',
  );
  return { site, current };
}

describe('creating a connector on a local site', () => {
  it('writes Connector-<name>.yaml with the same bytes as skupper connector create', async () => {
    const site = await startWest();
    await site.site.createConnector(newConnector('backend'));
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(
      [
        'apiVersion: skupper.io/v2alpha1',
        'kind: Connector',
        'metadata:',
        '  name: backend',
        '  namespace: west',
        'spec:',
        '  host: backend.local',
        '  port: 8080',
        '  routingKey: backend',
        '  type: tcp',
        '',
      ].join('\n'),
    );
  });

  it('defaults the host to localhost as the CLI does on local sites', async () => {
    const site = await startWest();
    const created = await site.site.createConnector(newConnector('db', { host: undefined, port: 5432 }));
    expect(created.spec.host).toBe('localhost');
    expect(await readFile(connectorFile(site, 'db'), 'utf8')).toContain('  host: localhost\n');
  });

  it('returns the connector with the hash of the written file as its resourceVersion', async () => {
    const site = await startWest();
    const created = await site.site.createConnector(newConnector('backend'));
    const seen = await site.sink.waitFor(() => site.sink.get('Connector', 'backend'), 'the new connector');
    expect(created.metadata.resourceVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(seen.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
  });

  it('refuses a name that already exists and leaves the existing file alone', async () => {
    const site = await startWest({
      name: NS,
      platform: 'podman',
      connectors: [{ name: 'backend', port: 8080 }],
    });
    const before = await readFile(connectorFile(site, 'backend'), 'utf8');
    await expect(site.site.createConnector(newConnector('backend', { port: 9999 }))).rejects.toMatchObject({
      code: 'AlreadyExists',
    });
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(before);
  });

  it('refuses a name already used by a connector inside another file', async () => {
    const site = await startWest();
    const shared =
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: db\nspec:\n  routingKey: db\n  host: h\n  port: 1\n';
    await writeFile(path.join(site.home.inputResources(NS), 'shop.yaml'), shared);
    await expect(site.site.createConnector(newConnector('db'))).rejects.toMatchObject({
      code: 'AlreadyExists',
    });
  });

  it('reports every invalid field and writes nothing', async () => {
    const site = await startWest();
    const before = await everyFile(site.home.dataHome);
    const error: unknown = await site.site
      .createConnector(newConnector('backend', { port: 0, host: 'not valid$' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'Invalid' });
    const paths = (error as { details: { problems: { path: string }[] } }).details.problems.map(
      (p) => p.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['spec.port', 'spec.host']));
    expect(await everyFile(site.home.dataHome)).toEqual(before);
  });

  it('writes nothing on a dry run but returns what would be created', async () => {
    const site = await startWest();
    const before = await everyFile(site.home.dataHome);
    const created = await site.site.createConnector(newConnector('backend'), { dryRun: true });
    expect(created.spec).toMatchObject({ routingKey: 'backend', port: 8080, type: 'tcp' });
    expect(await everyFile(site.home.dataHome)).toEqual(before);
  });
});

describe('names that could reach outside input/resources', () => {
  const hostile = [
    '../x',
    '../../namespaces/other/input/resources/x',
    'a/b',
    '/etc/passwd',
    '..',
    'a\\b',
    'x.yaml',
    '',
  ];

  it.each(hostile)('refuses %j with 400 for every write and touches no file', async (name) => {
    const site = await startWest({
      name: NS,
      platform: 'podman',
      connectors: [{ name: 'backend', port: 8080 }],
    });
    const before = await everyFile(site.home.dataHome);
    const body = { ...newConnector('backend'), metadata: { name, resourceVersion: 'x' } };
    await expect(site.site.createConnector(body)).rejects.toMatchObject({ code: 'BadRequest' });
    await expect(site.site.replaceConnector(name, body)).rejects.toMatchObject({ code: 'BadRequest' });
    await expect(site.site.patchConnector(name, { spec: { port: 1 } })).rejects.toMatchObject({
      code: 'BadRequest',
    });
    await expect(site.site.deleteConnector(name)).rejects.toMatchObject({ code: 'BadRequest' });
    expect(await everyFile(site.home.dataHome)).toEqual(before);
  });
});

describe('changing a connector file', () => {
  it('keeps comments, labels and unknown fields when the port is replaced', async () => {
    const { site, current } = await withHandWrittenBackend();
    const edited = { ...current, spec: { ...current.spec, port: 9090 } };
    const saved = await site.site.replaceConnector('backend', edited);
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(
      HAND_WRITTEN.replace('port: 8080', 'port: 9090'),
    );
    expect(saved.spec.port).toBe(9090);
    expect(saved.metadata.resourceVersion).not.toBe(current.metadata.resourceVersion);
  });

  it('keeps comments and unknown fields through a merge patch', async () => {
    const { site, current } = await withHandWrittenBackend();
    await site.site.patchConnector('backend', {
      metadata: { resourceVersion: current.metadata.resourceVersion },
      spec: { host: 'backend2.local' },
    });
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(
      HAND_WRITTEN.replace('host: backend.local', 'host: backend2.local'),
    );
  });

  it('answers 409 with the current connector when the file was edited on disk after it was read', async () => {
    const { site, current } = await withHandWrittenBackend();
    const changedOnDisk = HAND_WRITTEN.replace('port: 8080', 'port: 7070');
    await writeFile(connectorFile(site, 'backend'), changedOnDisk);
    const error: unknown = await site.site
      .replaceConnector('backend', { ...current, spec: { ...current.spec, port: 9090 } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'Conflict', details: { current: { spec: { port: 7070 } } } });
    await expect(
      site.site.patchConnector('backend', {
        metadata: { resourceVersion: current.metadata.resourceVersion },
        spec: { port: 1 },
      }),
    ).rejects.toMatchObject({ code: 'Conflict' });
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(changedOnDisk);
  });

  it('requires the resourceVersion for a replace', async () => {
    const { site, current } = await withHandWrittenBackend();
    const withoutVersion = { ...current, metadata: { ...current.metadata, resourceVersion: undefined } };
    await expect(site.site.replaceConnector('backend', withoutVersion)).rejects.toMatchObject({
      code: 'Invalid',
    });
  });

  it('never writes status, even when the request carries one', async () => {
    const { site, current } = await withHandWrittenBackend();
    const withStatus: Connector = {
      ...current,
      status: { status: 'Ready', message: 'OK', hasMatchingListener: true },
    };
    await site.site.replaceConnector('backend', withStatus);
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).not.toContain('status');
  });

  it('writes nothing on a dry-run replace but returns the edited connector', async () => {
    const { site, current } = await withHandWrittenBackend();
    const result = await site.site.replaceConnector(
      'backend',
      { ...current, spec: { ...current.spec, port: 9090 } },
      { dryRun: true },
    );
    expect(result.spec.port).toBe(9090);
    expect(await readFile(connectorFile(site, 'backend'), 'utf8')).toBe(HAND_WRITTEN);
  });

  it('refuses to rename a connector through a patch', async () => {
    const { site } = await withHandWrittenBackend();
    await expect(site.site.patchConnector('backend', { metadata: { name: 'other' } })).rejects.toMatchObject({
      code: 'BadRequest',
    });
  });

  it('leaves a connector defined in a shared multi-document file to be edited by hand', async () => {
    const site = await startWest();
    const shared =
      'apiVersion: skupper.io/v2alpha1\nkind: Listener\nmetadata:\n  name: web\nspec:\n  routingKey: web\n  host: web\n  port: 80\n' +
      '---\napiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: db\nspec:\n  routingKey: db\n  host: h\n  port: 5432\n';
    await writeFile(path.join(site.home.inputResources(NS), 'shop.yaml'), shared);
    const db = await site.sink.waitFor(() => site.sink.get('Connector', 'db') as Connector | undefined, 'db');
    await expect(
      site.site.replaceConnector('db', { ...db, spec: { ...db.spec, port: 1 } }),
    ).rejects.toMatchObject({
      code: 'Unsupported',
    });
    expect(await readFile(path.join(site.home.inputResources(NS), 'shop.yaml'), 'utf8')).toBe(shared);
  });
});

describe('deleting a connector', () => {
  it('removes its file', async () => {
    const site = await startWest({
      name: NS,
      platform: 'podman',
      connectors: [{ name: 'backend', port: 8080 }],
    });
    await site.site.deleteConnector('backend');
    expect(await readdir(site.home.inputResources(NS))).toEqual([]);
  });

  it('keeps the file when the given resourceVersion is stale', async () => {
    const site = await startWest({
      name: NS,
      platform: 'podman',
      connectors: [{ name: 'backend', port: 8080 }],
    });
    await expect(site.site.deleteConnector('backend', { resourceVersion: 'stale' })).rejects.toMatchObject({
      code: 'Conflict',
    });
    expect(await readdir(site.home.inputResources(NS))).toEqual(['Connector-backend.yaml']);
  });

  it('says when there is no such connector', async () => {
    const site = await startWest();
    await expect(site.site.deleteConnector('ghost')).rejects.toMatchObject({ code: 'NotFound' });
  });
});

describe('applying changes', () => {
  it('returns the reload command to run when skupper is not on the PATH', async () => {
    const site = await startWest();
    expect(await site.site.apply()).toMatchObject({
      ran: false,
      command: 'skupper system reload --platform podman -n west',
    });
  });
});
