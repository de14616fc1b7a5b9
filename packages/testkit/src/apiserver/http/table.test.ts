import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connector, rawRequest, startTestServer, type TestServer } from '../testSupport.ts';

const TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
const connectors = '/clusters/east/apis/skupper.io/v2alpha1/namespaces/hello-world-east/connectors';

interface Table {
  kind: string;
  columnDefinitions: { name: string; type: string }[];
  rows: { cells: unknown[]; object: { kind: string; metadata: { name: string } } }[];
}

describe('Table answers for kubectl', () => {
  let test: TestServer;
  const now = new Date('2026-01-01T12:00:00Z');
  beforeAll(async () => {
    test = await startTestServer({ now: () => now });
    const store = test.server.cluster('east').store;
    store.create(connector('backend'));
    store.updateStatus('Connector', 'hello-world-east', 'backend', {
      status: 'Ready',
      message: 'OK',
      hasMatchingListener: true,
    });
    store.create(connector('frontend', { selector: undefined, host: 'frontend.local' }));
  });
  afterAll(() => test.close());

  it('uses the CRD printer columns, without an Age column since the CRD declares its own', async () => {
    const table = (
      await rawRequest(test.server, 'GET', connectors, { headers: { accept: TABLE } })
    ).json() as Table;
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions.map((column) => column.name)).toEqual([
      'Name',
      'Routing Key',
      'Port',
      'Host',
      'Selector',
      'Status',
      'Has Matching Listener',
      'Message',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['backend', 'backend', 8080, null, 'app=backend', 'Ready', true, 'OK'],
      ['frontend', 'frontend', 8080, 'frontend.local', null, null, null, null],
    ]);
    expect(table.rows[0]?.object).toMatchObject({
      kind: 'PartialObjectMetadata',
      metadata: { name: 'backend' },
    });
  });

  it('answers a get of one object with a one-row table', async () => {
    const response = await rawRequest(test.server, 'GET', `${connectors}/backend`, {
      headers: { accept: TABLE },
    });
    expect(response.headers['content-type']).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    expect((response.json() as Table).rows).toHaveLength(1);
  });

  it('shows ages computed by the server for built-in kinds', async () => {
    const response = await rawRequest(test.server, 'GET', '/clusters/east/api/v1/namespaces', {
      headers: { accept: TABLE },
    });
    const table = response.json() as Table;
    expect(table.columnDefinitions.map((column) => column.name)).toEqual(['Name', 'Status', 'Age']);
    expect(table.rows[0]?.cells).toEqual(['hello-world-east', 'Active', '0s']);
  });

  it('falls back to plain JSON when the client does not ask for a table', async () => {
    const response = await rawRequest(test.server, 'GET', connectors);
    expect(response.json()).toMatchObject({ kind: 'ConnectorList' });
  });

  it('answers 406 when only protobuf is acceptable', async () => {
    const response = await rawRequest(test.server, 'GET', connectors, {
      headers: { accept: 'application/vnd.kubernetes.protobuf' },
    });
    expect(response.status).toBe(406);
  });
});
