import {
  makeInformer,
  PatchStrategy,
  setHeaderOptions,
  Watch,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KubeObject } from '../objects.ts';
import { connector, SKUPPER, startTestServer, type TestServer } from '../testSupport.ts';

const namespace = 'hello-world-east';
const target = { ...SKUPPER, namespace, plural: 'connectors' };
const path = `/apis/skupper.io/v2alpha1/namespaces/${namespace}/connectors`;
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

interface Seen {
  type: string;
  object: KubeObject & { code?: number; reason?: string };
}

describe('watching connectors', () => {
  let test: TestServer;
  const stops: (() => void)[] = [];
  beforeAll(async () => {
    test = await startTestServer({ bookmarkIntervalMs: 20 });
  });
  afterAll(async () => {
    stops.forEach((stop) => stop());
    await test.close();
  });

  async function watch(
    query: Record<string, string>,
    seen: Seen[],
    ended?: (error: unknown) => void,
  ): Promise<void> {
    const controller = await new Watch(test.kubeConfig()).watch(
      path,
      query,
      (type, object: Seen['object']) => seen.push({ type, object }),
      (error: unknown) => ended?.(error),
    );
    stops.push(() => controller.abort());
  }

  it('replays the changes after a resourceVersion, then streams live ones', async () => {
    const api = test.customObjects();
    const first = await api.createNamespacedCustomObject({
      ...target,
      body: connector('w-first', {}, namespace),
    });
    await api.patchNamespacedCustomObject(
      { ...target, name: 'w-first', body: { spec: { port: 1 } } },
      mergePatch,
    );
    await api.createNamespacedCustomObject({ ...target, body: connector('w-second') });
    const seen: Seen[] = [];
    await watch({ resourceVersion: first.metadata.resourceVersion }, seen);
    await api.deleteNamespacedCustomObject({ ...target, name: 'w-first' });
    await vi.waitFor(() =>
      expect(seen.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual([
        'MODIFIED w-first',
        'ADDED w-second',
        'DELETED w-first',
      ]),
    );
    expect(Number(seen[2]?.object.metadata.resourceVersion)).toBeGreaterThan(
      Number(seen[1]?.object.metadata.resourceVersion),
    );
  });

  it('sends ADDED for every current object when no resourceVersion is given', async () => {
    await test.customObjects().createNamespacedCustomObject({ ...target, body: connector('w-current') });
    const seen: Seen[] = [];
    await watch({}, seen);
    await vi.waitFor(() =>
      expect(seen).toContainEqual(
        expect.objectContaining({
          type: 'ADDED',
          object: expect.objectContaining({ metadata: expect.objectContaining({ name: 'w-current' }) }),
        }),
      ),
    );
  });

  it('answers a too old resourceVersion with an ERROR event carrying 410 Expired, then ends the watch', async () => {
    const api = test.customObjects();
    const old = await api.createNamespacedCustomObject({ ...target, body: connector('w-old') });
    test.server.cluster('east').store.compact();
    await api.patchNamespacedCustomObject(
      { ...target, name: 'w-old', body: { spec: { port: 2 } } },
      mergePatch,
    );
    const seen: Seen[] = [];
    let ended = false;
    await watch(
      { resourceVersion: String(Number(old.metadata.resourceVersion) - 1) },
      seen,
      () => (ended = true),
    );
    await vi.waitFor(() => expect(ended).toBe(true));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired' },
    });
  });

  it('reports objects entering and leaving a label selector as ADDED and DELETED', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('w-labels') });
    const seen: Seen[] = [];
    await watch(
      { labelSelector: 'tier=web', resourceVersion: test.server.cluster('east').store.resourceVersion },
      seen,
    );
    await api.patchNamespacedCustomObject(
      { ...target, name: 'w-labels', body: { metadata: { labels: { tier: 'web' } } } },
      mergePatch,
    );
    await api.patchNamespacedCustomObject(
      { ...target, name: 'w-labels', body: { spec: { port: 3 } } },
      mergePatch,
    );
    await api.patchNamespacedCustomObject(
      { ...target, name: 'w-labels', body: { metadata: { labels: { tier: 'db' } } } },
      mergePatch,
    );
    await vi.waitFor(() => expect(seen.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']));
    expect(seen[2]?.object.metadata.labels).toEqual({ tier: 'web' });
  });

  it('sends bookmarks when the client allows them', async () => {
    const seen: Seen[] = [];
    await watch(
      { allowWatchBookmarks: 'true', resourceVersion: test.server.cluster('east').store.resourceVersion },
      seen,
    );
    await vi.waitFor(() => expect(seen.some((e) => e.type === 'BOOKMARK')).toBe(true));
    const bookmark = seen.find((e) => e.type === 'BOOKMARK');
    expect(bookmark?.object).toMatchObject({
      kind: 'Connector',
      metadata: { resourceVersion: test.server.cluster('east').store.resourceVersion },
    });
  });

  it('keeps an informer current, through a dropped watch, with changes written by a controller', async () => {
    const api = test.customObjects();
    const informer = makeInformer(test.kubeConfig(), path, () => api.listNamespacedCustomObject(target));
    const ports = new Map<string, number | undefined>();
    const remember = (object: KubernetesObject) =>
      ports.set(object.metadata?.name ?? '', (object as { spec?: { port?: number } }).spec?.port);
    informer.on('add', remember);
    informer.on('update', remember);
    await informer.start();
    stops.push(() => void informer.stop());
    const store = test.server.cluster('east').store;
    store.create(connector('w-informer'));
    await vi.waitFor(() => expect(ports.get('w-informer')).toBe(8080));
    test.server.faults.dropWatches('east');
    store.patch('Connector', namespace, 'w-informer', { type: 'merge', body: { spec: { port: 4 } } });
    await vi.waitFor(() => expect(ports.get('w-informer')).toBe(4));
  });
});
