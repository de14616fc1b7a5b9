import { request } from 'node:https';
import { Watch } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connector, startTestServer, type TestServer } from '../testSupport.ts';

const namespace = 'hello-world-east';
const path = `/apis/skupper.io/v2alpha1/namespaces/${namespace}/connectors`;
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';

interface Event {
  type: string;
  object: {
    kind?: string;
    metadata?: { name?: string; annotations?: Record<string, string> };
    columnDefinitions?: unknown[];
    rows?: { cells: unknown[] }[];
  };
}

describe('watch options', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
    test.server.cluster('east').store.create(connector('existing'));
  });
  afterAll(() => test.close());

  /** Opens a raw watch and collects its events until `count` arrived. */
  function collect(query: string, accept: string, count: number): Promise<Event[]> {
    return new Promise((resolve, reject) => {
      const url = new URL(`/clusters/east${path}?watch=true&${query}`, test.server.url);
      const call = request(url, { headers: { accept }, ca: test.server.caCertificate }, (response) => {
        const events: Event[] = [];
        let buffered = '';
        response.on('data', (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          events.push(...lines.map((line) => JSON.parse(line) as Event));
          if (events.length >= count) {
            call.destroy();
            resolve(events.slice(0, count));
          }
        });
      });
      call.on('error', reject);
      call.end();
    });
  }

  it('ends the watch after timeoutSeconds', async () => {
    let ended = false;
    await new Watch(test.kubeConfig()).watch(
      path,
      { timeoutSeconds: 1 },
      () => undefined,
      () => (ended = true),
    );
    await vi.waitFor(() => expect(ended).toBe(true), { timeout: 5_000 });
  });

  it('streams the current objects then a bookmark marking their end with sendInitialEvents', async () => {
    const events = await collect(
      'sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan',
      'application/json',
      2,
    );
    expect(events[0]).toMatchObject({ type: 'ADDED', object: { metadata: { name: 'existing' } } });
    expect(events[1]).toMatchObject({
      type: 'BOOKMARK',
      object: { metadata: { annotations: { 'k8s.io/initial-events-end': 'true' } } },
    });
  });

  it('sends Table rows, with the column definitions only in the first event', async () => {
    const store = test.server.cluster('east').store;
    // Watching from the current resourceVersion replays whatever is written from here on.
    const pending = collect(`resourceVersion=${store.resourceVersion}`, TABLE, 2);
    store.create(connector('table-first'));
    store.create(connector('table-second'));
    const [first, second] = await pending;
    expect(first?.object.kind).toBe('Table');
    expect(first?.object.columnDefinitions).toHaveLength(8);
    expect(first?.object.rows?.[0]?.cells[0]).toBe('table-first');
    expect(second?.object.columnDefinitions).toEqual([]);
    expect(second?.object.rows?.[0]?.cells[0]).toBe('table-second');
  });

  it('sends only metadata when the client asks for PartialObjectMetadata', async () => {
    const [event] = await collect(
      'resourceVersion=0',
      'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1',
      1,
    );
    expect(event?.object).toMatchObject({ kind: 'PartialObjectMetadata', metadata: { name: 'existing' } });
    expect(event?.object).not.toHaveProperty('spec');
  });
});
