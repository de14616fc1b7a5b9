// The HTTP API in front of a local (Podman) site: files in input/resources, conflicts with edits made on disk, live changes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError, ChangeEvent, WriteAnswer } from '@connector-console/model';
import { createLocalDataHome, type LocalDataHome } from '@connector-console/testkit';
import { SystemSite } from '../sites/system/SystemSite.ts';
import { startHarness, type Harness } from '../testing/consoleHarness.ts';
import { openEventStream, type SseClient } from '../testing/sseClient.ts';

let h: Harness;
let home: LocalDataHome;
let stream: SseClient | undefined;

beforeEach(async () => {
  home = await createLocalDataHome({ namespaces: [{ name: 'edge', platform: 'podman', site: 'edge' }] });
  const edge = new SystemSite({
    id: 'edge',
    name: 'edge',
    namespace: 'edge',
    dataHome: home.dataHome,
    debounceMs: 10,
  });
  h = await startHarness({ extraSites: [edge] });
});

afterEach(async () => {
  stream?.close();
  stream = undefined;
  await h.close();
  await home.remove();
});

const file = (name: string) => path.join(home.inputResources('edge'), `Connector-${name}.yaml`);

async function send(method: string, url: string, body: unknown) {
  const response = await fetch(`${h.console.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const database = {
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name: 'database' },
  spec: { routingKey: 'database', port: 5432, host: 'db.local' },
};

describe('API with a local site', () => {
  it('creates input/resources/Connector-<name>.yaml in the skupper CLI format', async () => {
    const created = await send('POST', '/api/sites/edge/connectors', database);
    expect(created.status).toBe(201);
    expect(await readFile(file('database'), 'utf8')).toBe(
      [
        'apiVersion: skupper.io/v2alpha1',
        'kind: Connector',
        'metadata:',
        '  name: database',
        '  namespace: edge',
        'spec:',
        '  host: db.local',
        '  port: 5432',
        '  routingKey: database',
        '  type: tcp',
        '',
      ].join('\n'),
    );
  });

  it('keeps the comments of a YAML body in the file, on create and on update, and offers the file text to editors', async () => {
    const yaml = (port: number, resourceVersion?: string) =>
      [
        '# Team A owns this database.',
        'apiVersion: skupper.io/v2alpha1',
        'kind: Connector',
        'metadata:',
        '  name: database',
        ...(resourceVersion ? [`  resourceVersion: "${resourceVersion}"`] : []),
        'spec:',
        '  routingKey: database',
        `  port: ${port} # the primary`,
        '  host: db.local',
        '',
      ].join('\n');
    const post = await fetch(`${h.console.url}/api/sites/edge/connectors`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: yaml(5432),
    });
    expect(post.status).toBe(201);
    expect(await readFile(file('database'), 'utf8')).toContain('# Team A owns this database.');
    await vi.waitFor(async () => {
      const again = await fetch(`${h.console.url}/api/sites/edge/connectors/database`);
      expect(again.status).toBe(200);
    });
    const opened = (await (await fetch(`${h.console.url}/api/sites/edge/connectors/database`)).json()) as {
      source?: string;
      resource: { metadata: { resourceVersion: string } };
    };
    expect(opened.source).toContain('# the primary');
    const put = await fetch(`${h.console.url}/api/sites/edge/connectors/database`, {
      method: 'PUT',
      headers: { 'content-type': 'application/yaml' },
      body: yaml(6543, opened.resource.metadata.resourceVersion).replace(
        '# the primary',
        '# the primary, moved',
      ),
    });
    expect(put.status).toBe(200);
    const saved = await readFile(file('database'), 'utf8');
    expect(saved).toContain('# Team A owns this database.');
    expect(saved).toContain('port: 6543 # the primary, moved');
    expect(saved).not.toContain('resourceVersion');
  });

  it('refuses a selector on a local site and writes nothing', async () => {
    const answer = await send('POST', '/api/sites/edge/connectors', {
      ...database,
      spec: { ...database.spec, selector: 'app=db' },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as ApiError).error.details?.problems?.map((p) => p.path)).toContain('spec.selector');
    await expect(readFile(file('database'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('answers 409 when the file was edited on disk since the connector was read, and keeps the edit on disk', async () => {
    const created = (await send('POST', '/api/sites/edge/connectors', database)).body as WriteAnswer;
    const edited = (await readFile(file('database'), 'utf8')).replace('port: 5432', 'port: 6543');
    await writeFile(file('database'), edited);
    const stale = { ...created.resource, spec: { ...created.resource.spec, port: 7000 } };
    const answer = await send('PUT', '/api/sites/edge/connectors/database', stale);
    expect(answer.status).toBe(409);
    expect(await readFile(file('database'), 'utf8')).toBe(edited);
  });

  it('streams a change made to a file on disk to an open event stream', async () => {
    stream = await openEventStream(`${h.console.url}/api/events`);
    await writeFile(
      file('cache'),
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: cache\nspec:\n  routingKey: cache\n  host: localhost\n  port: 6379\n',
    );
    const event = await stream.waitFor(
      (e) =>
        e.event === 'changes' &&
        (e.data as ChangeEvent[]).some((c) => c.site === 'edge' && c.resource.metadata.name === 'cache'),
    );
    expect(event).toBeDefined();
    await vi.waitFor(async () => {
      const listed = (await (await fetch(`${h.console.url}/api/connectors`)).json()) as {
        items: { site: string }[];
      };
      expect(listed.items.some((i) => i.site === 'edge')).toBe(true);
    });
  });
});
