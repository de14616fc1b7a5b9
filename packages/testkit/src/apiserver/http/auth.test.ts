import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAttributes } from './auth.ts';
import { failureOf, rawRequest, SKUPPER, startTestServer, type TestServer } from '../testSupport.ts';

const target = { ...SKUPPER, namespace: 'hello-world-east', plural: 'connectors' };

describe('authentication and authorization hooks', () => {
  let test: TestServer;
  const asked: RequestAttributes[] = [];
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [{ name: 'east', namespace: 'hello-world-east', token: 'reader-token' }],
      auth: {
        authenticate: (token) => (token === 'reader-token' ? { name: 'reader' } : undefined),
        authorize: (attributes) => {
          asked.push(attributes);
          return ['get', 'list', 'watch'].includes(attributes.verb);
        },
      },
    });
  });
  afterAll(() => test.close());

  it('accepts any request when no hooks are set', async () => {
    const open = await startTestServer();
    try {
      await expect(open.customObjects().listNamespacedCustomObject(target)).resolves.toBeDefined();
    } finally {
      await open.close();
    }
  });

  it('answers 401 for a token the hook does not know', async () => {
    const response = await rawRequest(
      test.server,
      'GET',
      '/clusters/east/apis/skupper.io/v2alpha1/connectors',
      {
        headers: { authorization: 'Bearer someone-else' },
      },
    );
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      message: 'Unauthorized',
    });
  });

  it('passes the request attributes to the hook and lets allowed verbs through', async () => {
    await test.customObjects().listNamespacedCustomObject(target);
    expect(asked.at(-1)).toMatchObject({
      cluster: 'east',
      user: { name: 'reader' },
      verb: 'list',
      group: 'skupper.io',
      resource: 'connectors',
      namespace: 'hello-world-east',
    });
  });

  it('answers 403 worded like RBAC for a refused verb', async () => {
    const body = {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'x' },
      spec: { routingKey: 'x', port: 1, host: 'x' },
    };
    const { code, status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body }),
    );
    expect(code).toBe(403);
    expect(status).toMatchObject({
      reason: 'Forbidden',
      message:
        'connectors.skupper.io is forbidden: User "reader" cannot create resource "connectors" in API group "skupper.io" in the namespace "hello-world-east"',
    });
  });
});
