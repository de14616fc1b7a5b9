import { CoreV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, rawRequest, SKUPPER, startTestServer, type TestServer } from '../testSupport.ts';

const namespace = 'hello-world-east';
const target = { ...SKUPPER, namespace, plural: 'connectors' };
const names = (list: { items: { metadata: { name?: string } }[] }) =>
  list.items.map((item) => item.metadata.name);

describe('lists and selectors', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
    const store = test.server.cluster('east').store;
    for (const [name, tier] of [
      ['alpha', 'web'],
      ['bravo', 'db'],
      ['charlie', 'web'],
      ['delta', ''],
    ] as const) {
      store.create({ ...connector(name), metadata: { name, namespace, labels: tier ? { tier } : {} } });
    }
  });
  afterAll(() => test.close());

  it('filters a list with a label selector', async () => {
    const api = test.customObjects();
    expect(names(await api.listNamespacedCustomObject({ ...target, labelSelector: 'tier=web' }))).toEqual([
      'alpha',
      'charlie',
    ]);
    expect(
      names(await api.listNamespacedCustomObject({ ...target, labelSelector: 'tier notin (web),tier' })),
    ).toEqual(['bravo']);
    expect(names(await api.listNamespacedCustomObject({ ...target, labelSelector: '!tier' }))).toEqual([
      'delta',
    ]);
  });

  it('filters a list by name with a field selector, as kubectl does for one object', async () => {
    const list = await test
      .customObjects()
      .listNamespacedCustomObject({ ...target, fieldSelector: 'metadata.name=bravo' });
    expect(names(list)).toEqual(['bravo']);
  });

  it('answers 400 for a selector it cannot parse', async () => {
    const response = await rawRequest(
      test.server,
      'GET',
      `/clusters/east${path()}?labelSelector=${encodeURIComponent('tier in (web')}`,
    );
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      reason: 'BadRequest',
      message: expect.stringContaining('unable to parse requirement'),
    });
  });

  it('pages through a list with limit and continue', async () => {
    const api = test.customObjects();
    const first = await api.listNamespacedCustomObject({ ...target, limit: 3 });
    expect(names(first)).toEqual(['alpha', 'bravo', 'charlie']);
    expect(first.metadata.remainingItemCount).toBe(1);
    const second = await api.listNamespacedCustomObject({
      ...target,
      limit: 3,
      _continue: first.metadata.continue,
    });
    expect(names(second)).toEqual(['delta']);
    expect(second.metadata.continue).toBeUndefined();
  });

  it('answers 504 for a resourceVersion newer than the cluster has', async () => {
    const response = await rawRequest(test.server, 'GET', `/clusters/east${path()}?resourceVersion=999999`);
    expect(response.status).toBe(504);
    expect(response.json()).toMatchObject({
      reason: 'Timeout',
      details: { causes: [{ reason: 'ResourceVersionTooLarge' }] },
    });
  });

  it('serves seeded pods and never returns the data of secrets', async () => {
    const store = test.server.cluster('east').store;
    store.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'backend-1', namespace, labels: { app: 'backend' } },
      spec: { containers: [{ name: 'backend', image: 'backend' }] },
      status: { phase: 'Running', podIP: '10.0.0.7', conditions: [{ type: 'Ready', status: 'True' }] },
    });
    store.create({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'tls', namespace },
      type: 'kubernetes.io/tls',
      data: { 'tls.key': 'c2VjcmV0' },
    });
    const core = test.kubeConfig().makeApiClient(CoreV1Api);
    const pods = await core.listNamespacedPod({ namespace, labelSelector: 'app=backend' });
    expect(pods.items[0]?.status).toMatchObject({ phase: 'Running', podIP: '10.0.0.7' });
    const secrets = await core.listNamespacedSecret({ namespace });
    expect(secrets.items.map((secret) => secret.metadata?.name)).toEqual(['tls']);
    expect(secrets.items[0]?.data).toBeUndefined();
  });
});

function path(): string {
  return `/apis/skupper.io/v2alpha1/namespaces/${namespace}/connectors`;
}
