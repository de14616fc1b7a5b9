import { CustomObjectsApi, Watch } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connector, rawRequest, SKUPPER, startTestServer, type TestServer } from './testSupport.ts';

const target = { ...SKUPPER, namespace: 'hello-world-east', plural: 'connectors' };

describe('fault injection', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [
        { name: 'east', namespace: 'hello-world-east' },
        { name: 'west', namespace: 'hello-world-west' },
      ],
    });
  });
  beforeEach(() => test.server.faults.reset());
  afterAll(() => test.close());

  it('fails the next request with the chosen status, then answers normally', async () => {
    const api = test.customObjects('east');
    test.server.faults.failNext({ count: 1, code: 503, cluster: 'east' });
    await expect(api.listNamespacedCustomObject(target)).rejects.toMatchObject({ code: 503 });
    await expect(api.listNamespacedCustomObject(target)).resolves.toMatchObject({ kind: 'ConnectorList' });
  });

  it('only fails requests that match the rule', async () => {
    test.server.faults.failNext({ count: 1, code: 500, method: 'POST', pathIncludes: '/connectors' });
    const api = test.customObjects('east');
    await expect(api.listNamespacedCustomObject(target)).resolves.toBeDefined();
    await expect(
      api.createNamespacedCustomObject({ ...target, body: connector('fault-post') }),
    ).rejects.toMatchObject({ code: 500 });
  });

  it('makes a cluster unreachable, leaves the others alone, and brings it back', async () => {
    const east = test.customObjects('east');
    test.server.faults.takeDown('east');
    const error: unknown = await east.listNamespacedCustomObject(target).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    const west = test.customObjects('west');
    await expect(
      west.listNamespacedCustomObject({ ...target, namespace: 'hello-world-west' }),
    ).resolves.toBeDefined();
    test.server.faults.bringUp('east');
    await expect(east.listNamespacedCustomObject(target)).resolves.toMatchObject({ kind: 'ConnectorList' });
  });

  it('answers 503 for a cluster taken down in "unavailable" mode', async () => {
    test.server.faults.takeDown('east', 'unavailable');
    await expect(test.customObjects('east').listNamespacedCustomObject(target)).rejects.toMatchObject({
      code: 503,
    });
  });

  it('cuts open watches when their cluster goes down', async () => {
    let ended: unknown = 'open';
    const controller = await new Watch(test.kubeConfig('east')).watch(
      '/apis/skupper.io/v2alpha1/namespaces/hello-world-east/connectors',
      {},
      () => undefined,
      (error: unknown) => (ended = error),
    );
    test.server.faults.takeDown('east');
    await vi.waitFor(() => expect(ended).not.toBe('open'));
    controller.abort();
  });

  it('delays requests by the configured latency', async () => {
    test.server.faults.setLatency(150, 'east');
    const started = performance.now();
    await test.kubeConfig('east').makeApiClient(CustomObjectsApi).listNamespacedCustomObject(target);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('is driven over HTTP by the /_testkit control API', async () => {
    const control = (path: string, body: object = {}) =>
      rawRequest(test.server, 'POST', `/_testkit/${path}`, { body });
    expect((await control('faults/fail-next', { count: 1, code: 429, cluster: 'west' })).status).toBe(200);
    const response = await rawRequest(
      test.server,
      'GET',
      '/clusters/west/apis/skupper.io/v2alpha1/connectors',
    );
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('1');
    await control('clusters/west/down', { mode: 'unavailable' });
    const clusters = (await rawRequest(test.server, 'GET', '/_testkit/clusters')).json();
    expect(clusters).toContainEqual(expect.objectContaining({ name: 'west', outage: 'unavailable' }));
    await control('clusters/west/up');
    const seeded = await control('clusters/west/objects', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'frontend-1', namespace: 'hello-world-west' },
      status: { phase: 'Running' },
    });
    expect(seeded.status).toBe(200);
    expect(test.server.cluster('west').store.get('Pod', 'hello-world-west', 'frontend-1')?.status).toEqual({
      phase: 'Running',
    });
  });
});
