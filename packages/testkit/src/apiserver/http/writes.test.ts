import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connector,
  failureOf,
  rawRequest,
  SKUPPER,
  startTestServer,
  type TestServer,
} from '../testSupport.ts';

const target = { ...SKUPPER, namespace: 'hello-world-east', plural: 'connectors' };
const item = (name: string) =>
  `/clusters/east/apis/skupper.io/v2alpha1/namespaces/hello-world-east/connectors/${name}`;
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

describe('patches and dry runs', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  it('applies a merge patch and bumps the generation', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('merge') });
    const patched = await api.patchNamespacedCustomObject(
      { ...target, name: 'merge', body: { spec: { port: 9443 } } },
      mergePatch,
    );
    expect(patched.spec).toMatchObject({ port: 9443, routingKey: 'merge' });
    expect(patched.metadata.generation).toBe(2);
  });

  it('treats a resourceVersion inside a merge patch as a precondition', async () => {
    const api = test.customObjects();
    const created = await api.createNamespacedCustomObject({ ...target, body: connector('merge-rv') });
    const current = { metadata: { resourceVersion: created.metadata.resourceVersion }, spec: { port: 1 } };
    await api.patchNamespacedCustomObject({ ...target, name: 'merge-rv', body: current }, mergePatch);
    const stale = { metadata: { resourceVersion: created.metadata.resourceVersion }, spec: { port: 2 } };
    const { code, status } = await failureOf(
      api.patchNamespacedCustomObject({ ...target, name: 'merge-rv', body: stale }, mergePatch),
    );
    expect(code).toBe(409);
    expect(status.reason).toBe('Conflict');
  });

  it('applies a JSON patch, and answers 422 when a test operation fails', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('json-patch') });
    const body = [{ op: 'replace', path: '/spec/port', value: 7000 }];
    const patched = await api.patchNamespacedCustomObject({ ...target, name: 'json-patch', body });
    expect(patched.spec.port).toBe(7000);
    const failing = [{ op: 'test', path: '/spec/port', value: 1 }];
    expect(
      (await failureOf(api.patchNamespacedCustomObject({ ...target, name: 'json-patch', body: failing })))
        .code,
    ).toBe(422);
  });

  it('refuses a strategic merge patch for a custom resource with 415', async () => {
    await test.customObjects().createNamespacedCustomObject({ ...target, body: connector('strategic') });
    const response = await rawRequest(test.server, 'PATCH', item('strategic'), {
      body: '{"spec":{"port":1}}',
      headers: { 'content-type': 'application/strategic-merge-patch+json' },
    });
    expect(response.status).toBe(415);
    expect(response.json()).toMatchObject({
      reason: 'UnsupportedMediaType',
      message:
        'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
    });
  });

  it('refuses a replace without metadata.resourceVersion with 422', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('no-rv') });
    const { code, status } = await failureOf(
      api.replaceNamespacedCustomObject({ ...target, name: 'no-rv', body: connector('no-rv') }),
    );
    expect(code).toBe(422);
    expect(status.message).toBe(
      'Connector.skupper.io "no-rv" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update',
    );
  });

  it('validates a dry-run create fully but stores nothing and tells no watcher', async () => {
    const api = test.customObjects();
    const store = test.server.cluster('east').store;
    const changes: string[] = [];
    const unsubscribe = store.subscribe((change) => changes.push(change.object.metadata.name ?? ''));
    const before = store.resourceVersion;
    const answer = await api.createNamespacedCustomObject({
      ...target,
      body: connector('dry'),
      dryRun: 'All',
    });
    expect(answer.metadata).toMatchObject({ name: 'dry', generation: 1 });
    const invalid = await failureOf(
      api.createNamespacedCustomObject({ ...target, body: connector('dry', { port: 'x' }), dryRun: 'All' }),
    );
    expect(invalid.code).toBe(422);
    unsubscribe();
    expect(store.get('Connector', 'hello-world-east', 'dry')).toBeUndefined();
    expect(store.resourceVersion).toBe(before);
    expect(changes).toEqual([]);
  });

  it('leaves the stored object alone on dry-run patch and delete', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('dry-existing') });
    const patched = await api.patchNamespacedCustomObject(
      { ...target, name: 'dry-existing', body: { spec: { port: 1 } }, dryRun: 'All' },
      mergePatch,
    );
    expect(patched.spec.port).toBe(1);
    await api.deleteNamespacedCustomObject({ ...target, name: 'dry-existing', dryRun: 'All' });
    const stored = await api.getNamespacedCustomObject({ ...target, name: 'dry-existing' });
    expect(stored.spec.port).toBe(8080);
  });

  it('refuses writes to built-in kinds, which the server serves read-only', async () => {
    const response = await rawRequest(
      test.server,
      'POST',
      '/clusters/east/api/v1/namespaces/hello-world-east/pods',
      {
        body: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } },
      },
    );
    expect(response.status).toBe(405);
    expect(response.json()).toMatchObject({ reason: 'MethodNotAllowed' });
  });
});
