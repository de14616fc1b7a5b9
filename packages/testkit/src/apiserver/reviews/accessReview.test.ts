import { AuthorizationV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAttributes } from '../http/auth.ts';
import { rawRequest, startTestServer, type TestServer } from '../testSupport.ts';
import { EDITED_NAMESPACE, EDITOR_TOKEN, kubeConfigWithToken, READER_TOKEN, twoUsers } from './testUsers.ts';

const SSAR_PATH = '/clusters/east/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

function review(resourceAttributes: Record<string, string>) {
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: { group: 'skupper.io', resource: 'connectors', ...resourceAttributes } },
  };
}

describe('SelfSubjectAccessReview', () => {
  let test: TestServer;
  const asked: RequestAttributes[] = [];
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [{ name: 'east', namespace: EDITED_NAMESPACE, token: READER_TOKEN }],
      auth: twoUsers(asked),
    });
  });
  afterAll(() => test.close());

  const ask = (token: string, body: object) =>
    rawRequest(test.server, 'POST', SSAR_PATH, { body, headers: { authorization: `Bearer ${token}` } });

  it.each([
    { token: READER_TOKEN, verb: 'list', namespace: EDITED_NAMESPACE, allowed: true },
    { token: READER_TOKEN, verb: 'create', namespace: EDITED_NAMESPACE, allowed: false },
    { token: EDITOR_TOKEN, verb: 'create', namespace: EDITED_NAMESPACE, allowed: true },
    { token: EDITOR_TOKEN, verb: 'delete', namespace: 'hello-world-west', allowed: false },
  ])('answers allowed=$allowed when $token asks to $verb connectors in $namespace', async (row) => {
    const response = await ask(row.token, review({ verb: row.verb, namespace: row.namespace }));
    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      spec: { resourceAttributes: { verb: row.verb, namespace: row.namespace, resource: 'connectors' } },
      status: { allowed: row.allowed },
    });
  });

  it('answers a refusal as RBAC does, without denied or a reason', async () => {
    const response = await ask(READER_TOKEN, review({ verb: 'delete', namespace: EDITED_NAMESPACE }));
    expect((response.json() as { status: unknown }).status).toEqual({ allowed: false });
  });

  it('asks the authorize hook about the requester with the attributes of the review', async () => {
    await ask(EDITOR_TOKEN, review({ verb: 'update', namespace: 'ns', name: 'db', subresource: 'status' }));
    expect(asked.at(-1)).toEqual({
      cluster: 'east',
      user: { name: 'editor', groups: ['editors'] },
      verb: 'update',
      group: 'skupper.io',
      resource: 'connectors',
      subresource: 'status',
      namespace: 'ns',
      name: 'db',
    });
  });

  it('never asks the authorize hook whether a user may create the review itself', async () => {
    await ask(READER_TOKEN, review({ verb: 'get' }));
    expect(asked.map((attributes) => attributes.resource)).not.toContain('selfsubjectaccessreviews');
  });

  it('asks about a non-resource URL with the path as the resource', async () => {
    const response = await ask(READER_TOKEN, {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { nonResourceAttributes: { path: '/healthz', verb: 'get' } },
    });
    expect(response.json()).toMatchObject({ status: { allowed: true } });
    expect(asked.at(-1)).toMatchObject({ verb: 'get', group: '', resource: '/healthz', path: '/healthz' });
  });

  it('answers createSelfSubjectAccessReview of @kubernetes/client-node for each user', async () => {
    const body = review({ verb: 'create', namespace: EDITED_NAMESPACE });
    const allowedFor = async (token: string) => {
      const api = kubeConfigWithToken(test.server, token).makeApiClient(AuthorizationV1Api);
      return (await api.createSelfSubjectAccessReview({ body })).status?.allowed;
    };
    expect(await allowedFor(EDITOR_TOKEN)).toBe(true);
    expect(await allowedFor(READER_TOKEN)).toBe(false);
  });
});

describe('SelfSubjectAccessReview without an authorize hook', () => {
  it('allows everything and says why', async () => {
    const test = await startTestServer();
    try {
      const response = await rawRequest(test.server, 'POST', SSAR_PATH, { body: review({ verb: 'delete' }) });
      expect(response.status).toBe(201);
      expect(response.json()).toMatchObject({
        status: { allowed: true, reason: 'allowed: no authorize hook is set' },
      });
    } finally {
      await test.close();
    }
  });
});
