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
const collection = '/clusters/east/apis/skupper.io/v2alpha1/namespaces/hello-world-east/connectors';

describe('validation of connectors against the CRD schema', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  it('answers 422 with a FieldValueRequired cause when routingKey is missing', async () => {
    const body = connector('no-key');
    delete (body.spec as Record<string, unknown>).routingKey;
    const { code, status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body }),
    );
    expect(code).toBe(422);
    expect(status).toMatchObject({
      reason: 'Invalid',
      message: 'Connector.skupper.io "no-key" is invalid: spec.routingKey: Required value',
      details: {
        name: 'no-key',
        group: 'skupper.io',
        kind: 'Connector',
        causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.routingKey' }],
      },
    });
  });

  it('answers 422 naming the oneOf rule when both selector and host are set', async () => {
    const body = connector('both-targets', { host: 'backend.example' });
    const { code, status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body }),
    );
    expect(code).toBe(422);
    expect(status.details).toMatchObject({
      causes: [
        {
          reason: 'FieldValueInvalid',
          field: '',
          message:
            'Invalid value: "": "spec" must validate one and only one schema (oneOf). Found 2 valid alternatives',
        },
      ],
    });
  });

  it('answers 422 with a type error when the port is a string', async () => {
    const body = connector('string-port', { port: '8080' });
    const { status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body }),
    );
    expect(status.details).toMatchObject({
      causes: [
        {
          reason: 'FieldValueTypeInvalid',
          field: 'spec.port',
          message: 'Invalid value: "string": spec.port in body must be of type integer: "string"',
        },
      ],
    });
  });

  it('lists every problem in one message when there are several', async () => {
    const body = { ...connector('many'), spec: { port: 'x' } };
    const { status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body }),
    );
    expect(status.message).toMatch(/^Connector\.skupper\.io "many" is invalid: \[.+, .+, .+\]$/);
    const causes = (status.details as { causes: { field: string }[] }).causes;
    expect(causes.map((cause) => cause.field).sort()).toEqual(['', 'spec.port', 'spec.routingKey']);
  });

  it('refuses a name that is not a DNS subdomain with the API server wording', async () => {
    const { status } = await failureOf(
      test.customObjects().createNamespacedCustomObject({ ...target, body: connector('Bad_Name') }),
    );
    expect(status.details).toMatchObject({
      causes: [{ reason: 'FieldValueInvalid', field: 'metadata.name' }],
    });
    expect(status.message).toContain(
      'a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters',
    );
  });

  it('answers 400 BadRequest for a body that is not JSON', async () => {
    const response = await rawRequest(test.server, 'POST', collection, {
      body: '{"kind": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400 });
  });

  it('answers 400 when the body names another namespace than the URL', async () => {
    const response = await rawRequest(test.server, 'POST', collection, {
      body: connector('elsewhere', {}, 'other'),
    });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      message: 'the namespace of the provided object does not match the namespace sent on the request',
    });
  });

  it('answers 400 for a v1alpha1 manifest sent to the v2alpha1 endpoint', async () => {
    const response = await rawRequest(test.server, 'POST', collection, {
      body: { ...connector('old'), apiVersion: 'skupper.io/v1alpha1' },
    });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      message:
        'the API version in the data (skupper.io/v1alpha1) does not match the expected API version (skupper.io/v2alpha1)',
    });
  });

  it('answers 404 for a create in a namespace that does not exist', async () => {
    const response = await rawRequest(
      test.server,
      'POST',
      collection.replace('hello-world-east', 'nowhere'),
      { body: connector('lost', {}, 'nowhere') },
    );
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ message: 'namespaces "nowhere" not found' });
  });

  it('drops unknown fields with a warning, and refuses them under fieldValidation=Strict', async () => {
    const body = connector('unknown-field', { colour: 'blue' });
    const warned = await rawRequest(test.server, 'POST', collection, { body });
    expect(warned.status).toBe(201);
    expect(warned.headers.warning).toBe('299 - "unknown field \\"spec.colour\\""');
    expect((warned.json() as { spec: Record<string, unknown> }).spec.colour).toBeUndefined();
    const strict = await rawRequest(test.server, 'POST', `${collection}?fieldValidation=Strict`, {
      body: connector('strict', { colour: 'blue' }),
    });
    expect(strict.status).toBe(400);
    expect(strict.json()).toMatchObject({
      message: expect.stringContaining('strict decoding error: unknown field "spec.colour"'),
    });
  });
});
