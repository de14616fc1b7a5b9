import { AuthenticationV1Api } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestServer, type TestServer } from '../testSupport.ts';
import { EDITOR_TOKEN, kubeConfigWithToken, READER_TOKEN, twoUsers } from './testUsers.ts';

const SSR_PATH = '/clusters/east/apis/authentication.k8s.io/v1/selfsubjectreviews';
const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('SelfSubjectReview (who am I)', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [{ name: 'east', namespace: 'hello-world-east', token: READER_TOKEN }],
      auth: twoUsers(),
      now: () => NOW,
    });
  });
  afterAll(() => test.close());

  const whoAmI = (token: string, body: object = {}) =>
    rawRequest(test.server, 'POST', SSR_PATH, { body, headers: { authorization: `Bearer ${token}` } });

  it('tells each token its user and groups, with the group every authenticated user has', async () => {
    const response = await whoAmI(EDITOR_TOKEN, {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'SelfSubjectReview',
    });
    expect(response.status).toBe(201);
    expect(response.json()).toEqual({
      kind: 'SelfSubjectReview',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { creationTimestamp: '2025-03-01T12:00:00Z' },
      status: { userInfo: { username: 'editor', groups: ['editors', 'system:authenticated'] } },
    });
    const reader = await whoAmI(READER_TOKEN);
    expect(reader.json()).toMatchObject({
      status: { userInfo: { username: 'reader', groups: ['readers', 'system:authenticated'] } },
    });
  });

  it('answers createSelfSubjectReview of @kubernetes/client-node', async () => {
    const api = kubeConfigWithToken(test.server, EDITOR_TOKEN).makeApiClient(AuthenticationV1Api);
    const answer = await api.createSelfSubjectReview({
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
    });
    expect(answer.status?.userInfo?.username).toBe('editor');
  });

  it('answers 401 to a token nobody owns', async () => {
    expect((await whoAmI('stolen-token')).status).toBe(401);
  });

  it('answers 400 to a body of another kind', async () => {
    const response = await whoAmI(READER_TOKEN, { kind: 'TokenReview' });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      reason: 'BadRequest',
      message: 'the kind in the data (TokenReview) does not match the expected kind (SelfSubjectReview)',
    });
  });
});

describe('SelfSubjectReview without hooks', () => {
  it('names the default administrator', async () => {
    const test = await startTestServer();
    try {
      const response = await rawRequest(test.server, 'POST', SSR_PATH, { body: {} });
      expect(response.json()).toMatchObject({
        status: { userInfo: { username: 'admin', groups: ['system:masters', 'system:authenticated'] } },
      });
    } finally {
      await test.close();
    }
  });
});
