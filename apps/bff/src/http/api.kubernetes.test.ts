// The HTTP API in front of two Kubernetes sites served by testkit's API server.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError, ConnectorEntry, SiteSummary, WriteAnswer } from '@connector-console/model';
import { startHarness, type Harness } from '../testing/consoleHarness.ts';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const connector = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name },
  spec: { routingKey: name, port: 8080, selector: `app=${name}`, ...extra },
});

async function call(method: string, path: string, body?: unknown, type = 'application/json') {
  const response = await fetch(`${h.console.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': type },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function listed(): Promise<ConnectorEntry[]> {
  return ((await call('GET', '/api/connectors')).body as { items: ConnectorEntry[] }).items;
}

describe('API with Kubernetes sites', () => {
  it('reports both sites ready once their watches have synced', async () => {
    const { body } = await call('GET', '/api/sites');
    expect((body as SiteSummary[]).map((s) => [s.id, s.kind, s.namespace, s.state])).toEqual([
      ['east', 'kubernetes', 'hello-world-east', 'ready'],
      ['west', 'kubernetes', 'hello-world-west', 'ready'],
    ]);
  });

  it('creates a connector in the site namespace, and lists it once the watch brings it back', async () => {
    const created = await call('POST', '/api/sites/east/connectors', connector('backend'));
    expect(created.status).toBe(201);
    expect((created.body as WriteAnswer).resource.metadata.namespace).toBe('hello-world-east');
    expect(h.api.cluster('east').store.get('Connector', 'hello-world-east', 'backend')).toBeDefined();
    await vi.waitFor(async () =>
      expect((await listed()).map((e) => `${e.site}/${e.resource.metadata.name}`)).toEqual(['east/backend']),
    );
  });

  it('creates from YAML as well as JSON', async () => {
    const yaml =
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: db\nspec:\n  routingKey: db\n  port: 5432\n  host: db.internal\n';
    const created = await call('POST', '/api/sites/west/connectors', yaml, 'application/yaml');
    expect(created.status).toBe(201);
    expect(h.api.cluster('west').store.get('Connector', 'hello-world-west', 'db')).toMatchObject({
      spec: { host: 'db.internal' },
    });
  });

  it('refuses a replace made from a stale resourceVersion with 409 and the current object, and keeps the newer change', async () => {
    const created = (await call('POST', '/api/sites/east/connectors', connector('backend')))
      .body as WriteAnswer;
    const stale = created.resource;
    const newer = await call('PUT', '/api/sites/east/connectors/backend', {
      ...stale,
      spec: { ...stale.spec, port: 9090 },
    });
    expect(newer.status).toBe(200);
    const conflict = await call('PUT', '/api/sites/east/connectors/backend', {
      ...stale,
      spec: { ...stale.spec, port: 7070 },
    });
    expect(conflict.status).toBe(409);
    const error = (conflict.body as ApiError).error;
    expect(error.code).toBe('Conflict');
    expect((error.details?.current as { spec: { port: number } }).spec.port).toBe(9090);
    expect(h.api.cluster('east').store.get('Connector', 'hello-world-east', 'backend')).toMatchObject({
      spec: { port: 9090 },
    });
  });

  it('refuses a replace without a resourceVersion rather than risk overwriting a newer change', async () => {
    await call('POST', '/api/sites/east/connectors', connector('backend'));
    const answer = await call('PUT', '/api/sites/east/connectors/backend', connector('backend', { port: 1 }));
    expect(answer.status).toBe(400);
    expect((answer.body as ApiError).error.message).toContain('metadata.resourceVersion is required');
  });

  it('patches with a merge patch and uses a resourceVersion in it as a precondition', async () => {
    const created = (await call('POST', '/api/sites/east/connectors', connector('backend')))
      .body as WriteAnswer;
    await vi.waitFor(async () => expect(await listed()).toHaveLength(1));
    const patched = await call(
      'PATCH',
      '/api/sites/east/connectors/backend',
      { spec: { port: 8443 } },
      'application/merge-patch+json',
    );
    expect(patched.status).toBe(200);
    expect((patched.body as WriteAnswer).resource.spec.port).toBe(8443);
    const stale = await call('PATCH', '/api/sites/east/connectors/backend', {
      metadata: { resourceVersion: created.resource.metadata.resourceVersion },
      spec: { port: 1 },
    });
    expect(stale.status).toBe(409);
  });

  it('validates a patch against the object it would produce and writes nothing when that is invalid', async () => {
    await call('POST', '/api/sites/east/connectors', connector('backend'));
    await vi.waitFor(async () => expect(await listed()).toHaveLength(1));
    const answer = await call('PATCH', '/api/sites/east/connectors/backend', {
      spec: { host: 'backend.svc' },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as ApiError).error.details?.problems?.map((p) => p.path)).toContain('spec.host');
    expect(h.api.cluster('east').store.get('Connector', 'hello-world-east', 'backend')).not.toMatchObject({
      spec: { host: 'backend.svc' },
    });
  });

  it('runs a dry run through the API server and writes nothing', async () => {
    const answer = await call('POST', '/api/sites/east/connectors?dryRun=true', connector('backend'));
    expect(answer.status).toBe(200);
    expect((answer.body as WriteAnswer).dryRun).toBe(true);
    expect(h.api.cluster('east').store.get('Connector', 'hello-world-east', 'backend')).toBeUndefined();
  });

  it('deletes a connector', async () => {
    await call('POST', '/api/sites/east/connectors', connector('backend'));
    const answer = await call('DELETE', '/api/sites/east/connectors/backend');
    expect(answer.status).toBe(200);
    expect(h.api.cluster('east').store.get('Connector', 'hello-world-east', 'backend')).toBeUndefined();
  });

  it('answers 404 for an unknown site or connector', async () => {
    expect((await call('GET', '/api/sites/north/connectors/backend')).status).toBe(404);
    expect((await call('GET', '/api/sites/east/connectors/nothing')).status).toBe(404);
  });
});
