import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, SKUPPER, startTestServer, type TestServer } from '../testSupport.ts';

const target = { ...SKUPPER, namespace: 'hello-world-east', plural: 'connectors' };
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
const ready = { status: 'Ready', message: 'OK', hasMatchingListener: true };

describe('the status subresource', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  it('drops a status sent with a create', async () => {
    const created = await test
      .customObjects()
      .createNamespacedCustomObject({ ...target, body: { ...connector('with-status'), status: ready } });
    expect(created.status).toBeUndefined();
  });

  it('changes only the status through /status, keeping spec, labels and generation', async () => {
    const api = test.customObjects();
    const created = await api.createNamespacedCustomObject({ ...target, body: connector('status-put') });
    const body = {
      ...created,
      metadata: { ...created.metadata, labels: { x: 'y' } },
      spec: { ...created.spec, port: 1 },
      status: ready,
    };
    const updated = await api.replaceNamespacedCustomObjectStatus({ ...target, name: 'status-put', body });
    expect(updated.status).toEqual(ready);
    expect(updated.spec.port).toBe(8080);
    expect(updated.metadata.labels).toBeUndefined();
    expect(updated.metadata.generation).toBe(1);
  });

  it('merge-patches the status without touching the spec', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('status-patch') });
    const patched = await api.patchNamespacedCustomObjectStatus(
      {
        ...target,
        name: 'status-patch',
        body: { spec: { port: 2 }, status: { status: 'Pending', message: 'Not Matched' } },
      },
      mergePatch,
    );
    expect(patched.status).toEqual({ status: 'Pending', message: 'Not Matched' });
    expect(patched.spec.port).toBe(8080);
  });

  it('ignores status changes sent to the main resource', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('main-ignores-status') });
    const withStatus = await api.patchNamespacedCustomObjectStatus(
      { ...target, name: 'main-ignores-status', body: { status: ready } },
      mergePatch,
    );
    const body = {
      ...withStatus,
      spec: { ...withStatus.spec, port: 9 },
      status: { status: 'Error', message: 'forged' },
    };
    const replaced = await api.replaceNamespacedCustomObject({
      ...target,
      name: 'main-ignores-status',
      body,
    });
    expect(replaced.status).toEqual(ready);
    expect(replaced.spec.port).toBe(9);
    expect(replaced.metadata.generation).toBe(2);
  });

  it('validates status against the schema', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('bad-status') });
    const body = { status: { conditions: [{ type: 'Ready', status: 'Maybe' }] } };
    await expect(
      api.patchNamespacedCustomObjectStatus({ ...target, name: 'bad-status', body }, mergePatch),
    ).rejects.toMatchObject({ code: 422 });
  });
});
