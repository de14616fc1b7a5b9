// How a SelfSubjectAccessReview is refused: unknown token, body the server cannot decode, invalid review, wrong method.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestServer, type TestServer } from '../testSupport.ts';
import { EDITED_NAMESPACE, READER_TOKEN, twoUsers } from './testUsers.ts';

const SSAR_PATH = '/clusters/east/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

function review(resourceAttributes: Record<string, string>) {
  return {
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: { group: 'skupper.io', resource: 'connectors', ...resourceAttributes } },
  };
}

describe('SelfSubjectAccessReview refusals', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [{ name: 'east', namespace: EDITED_NAMESPACE, token: READER_TOKEN }],
      auth: twoUsers(),
    });
  });
  afterAll(() => test.close());

  const ask = (token: string, body: unknown) =>
    rawRequest(test.server, 'POST', SSAR_PATH, {
      body: typeof body === 'string' ? body : (body as object),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });

  it('answers 401 to a token nobody owns', async () => {
    const response = await ask('stolen-token', review({ verb: 'get' }));
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({ kind: 'Status', reason: 'Unauthorized' });
  });

  it('answers 422 worded like the API server when the review names no attributes', async () => {
    const response = await ask(READER_TOKEN, { kind: 'SelfSubjectAccessReview', spec: {} });
    expect(response.status).toBe(422);
    expect(response.json()).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'SelfSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
      reason: 'Invalid',
      details: {
        group: 'authorization.k8s.io',
        kind: 'SelfSubjectAccessReview',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message:
              'Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
            field: 'spec.resourceAttributes',
          },
        ],
      },
      code: 422,
    });
  });

  it('answers 422 when the review names both resource and non-resource attributes', async () => {
    const body = review({ verb: 'get' });
    const both = { ...body, spec: { ...body.spec, nonResourceAttributes: { path: '/x', verb: 'get' } } };
    const response = await ask(READER_TOKEN, both);
    expect(response.status).toBe(422);
    expect((response.json() as { message: string }).message).toContain(
      'spec.nonResourceAttributes: Invalid value: {"path":"/x","verb":"get"}: cannot be specified in combination with resourceAttributes',
    );
  });

  it.each([
    { what: 'broken JSON', body: '{"spec": ', message: "couldn't get version/kind; json parse error" },
    {
      what: 'another kind',
      body: { kind: 'SubjectAccessReview', spec: {} },
      message: 'the kind in the data (SubjectAccessReview) does not match the expected kind',
    },
    {
      what: 'attributes that are not an object',
      body: { spec: { resourceAttributes: 'connectors' } },
      message:
        'SelfSubjectAccessReview in version "v1" cannot be handled as a SelfSubjectAccessReview: json: cannot unmarshal string into Go struct field SelfSubjectAccessReviewSpec.spec.resourceAttributes of type v1.ResourceAttributes',
    },
    {
      what: 'a verb that is not a string',
      body: { spec: { resourceAttributes: { verb: 1 } } },
      message: 'cannot unmarshal number into Go struct field ResourceAttributes.spec.resourceAttributes.verb',
    },
  ])('answers 400 BadRequest to $what', async ({ body, message }) => {
    const response = await ask(READER_TOKEN, body);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    expect((response.json() as { message: string }).message).toContain(message);
  });

  it('refuses any method but POST with 405', async () => {
    const response = await rawRequest(test.server, 'GET', SSAR_PATH, {
      headers: { authorization: `Bearer ${READER_TOKEN}` },
    });
    expect(response.status).toBe(405);
  });
});
