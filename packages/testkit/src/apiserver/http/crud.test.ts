import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, failureOf, SKUPPER, startTestServer, type TestServer } from '../testSupport.ts';

const namespace = 'hello-world-east';
const target = { ...SKUPPER, namespace, plural: 'connectors' };

describe('custom resources through @kubernetes/client-node', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  it('creates a connector with server-managed metadata and reads it back', async () => {
    const api = test.customObjects();
    const created = await api.createNamespacedCustomObject({ ...target, body: connector('crud-create') });
    expect(created.metadata).toMatchObject({ name: 'crud-create', namespace, generation: 1 });
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(created.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const read = await api.getNamespacedCustomObject({ ...target, name: 'crud-create' });
    expect(read).toEqual(created);
  });

  it('lists connectors in a namespace and across namespaces', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('crud-list') });
    const inNamespace = await api.listNamespacedCustomObject(target);
    const everywhere = await api.listClusterCustomObject({ ...SKUPPER, plural: 'connectors' });
    expect(inNamespace.kind).toBe('ConnectorList');
    expect(inNamespace.items.map((item: { metadata: { name: string } }) => item.metadata.name)).toContain(
      'crud-list',
    );
    expect(everywhere.items.length).toBe(inNamespace.items.length);
    expect(Number(inNamespace.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  it('replaces a connector and increases its generation when the spec changes', async () => {
    const api = test.customObjects();
    const created = await api.createNamespacedCustomObject({ ...target, body: connector('crud-replace') });
    const body = { ...created, spec: { ...created.spec, port: 9090 } };
    const replaced = await api.replaceNamespacedCustomObject({ ...target, name: 'crud-replace', body });
    expect(replaced.spec.port).toBe(9090);
    expect(replaced.metadata.generation).toBe(2);
    expect(replaced.metadata.resourceVersion).not.toBe(created.metadata.resourceVersion);
  });

  it('refuses a replace with a stale resourceVersion with 409 Conflict', async () => {
    const api = test.customObjects();
    const created = await api.createNamespacedCustomObject({ ...target, body: connector('crud-stale') });
    await api.replaceNamespacedCustomObject({
      ...target,
      name: 'crud-stale',
      body: { ...created, spec: { ...created.spec, port: 1 } },
    });
    const error = await failureOf(
      api.replaceNamespacedCustomObject({
        ...target,
        name: 'crud-stale',
        body: { ...created, spec: { ...created.spec, port: 2 } },
      }),
    );
    expect(error.code).toBe(409);
    expect(error.status).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Conflict',
      code: 409,
      message:
        'Operation cannot be fulfilled on connectors.skupper.io "crud-stale": the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it('refuses to create a second connector with the same name with 409 AlreadyExists', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('crud-twice') });
    const error = await failureOf(
      api.createNamespacedCustomObject({ ...target, body: connector('crud-twice') }),
    );
    expect(error.code).toBe(409);
    expect(error.status).toMatchObject({
      reason: 'AlreadyExists',
      details: { name: 'crud-twice', group: 'skupper.io', kind: 'connectors' },
    });
  });

  it('answers 404 NotFound for a connector that does not exist', async () => {
    const error = await failureOf(
      test.customObjects().getNamespacedCustomObject({ ...target, name: 'crud-missing' }),
    );
    expect(error.code).toBe(404);
    expect(error.status).toMatchObject({
      reason: 'NotFound',
      message: 'connectors.skupper.io "crud-missing" not found',
    });
  });

  it('deletes a connector and answers with a Success status', async () => {
    const api = test.customObjects();
    await api.createNamespacedCustomObject({ ...target, body: connector('crud-delete') });
    const answer = await api.deleteNamespacedCustomObject({ ...target, name: 'crud-delete' });
    expect(answer).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'crud-delete', kind: 'connectors' },
    });
    expect((await failureOf(api.getNamespacedCustomObject({ ...target, name: 'crud-delete' }))).code).toBe(
      404,
    );
  });
});
