import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startTestServer, type TestServer } from '../testSupport.ts';

const AGGREGATED =
  'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

describe('discovery', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());
  const get = (path: string, accept?: string) =>
    rawRequest(test.server, 'GET', `/clusters/east${path}`, accept ? { headers: { accept } } : {});

  it('reports a Kubernetes 1.32 version', async () => {
    expect((await get('/version')).json()).toMatchObject({ major: '1', minor: '32', gitVersion: 'v1.32.0' });
  });

  it('lists the skupper.io resources with kinds, short names, verbs and the status subresource', async () => {
    const list = (await get('/apis/skupper.io/v2alpha1')).json() as { resources: Record<string, unknown>[] };
    expect(list.resources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'connectors',
          kind: 'Connector',
          namespaced: true,
          shortNames: ['cnr'],
          verbs: expect.arrayContaining(['create', 'patch', 'watch']),
        }),
        expect.objectContaining({
          name: 'connectors/status',
          kind: 'Connector',
          verbs: ['get', 'patch', 'update'],
        }),
        expect.objectContaining({ name: 'listeners', kind: 'Listener', shortNames: ['lnr'] }),
        expect.objectContaining({ name: 'sites', kind: 'Site', shortNames: ['st'] }),
      ]),
    );
  });

  it('serves the legacy group list and the core and apps resources read-only', async () => {
    expect((await get('/apis')).json()).toMatchObject({
      kind: 'APIGroupList',
      groups: expect.arrayContaining([
        expect.objectContaining({ name: 'skupper.io' }),
        expect.objectContaining({ name: 'apps' }),
      ]),
    });
    expect((await get('/api')).json()).toMatchObject({ kind: 'APIVersions', versions: ['v1'] });
    const core = (await get('/api/v1')).json() as { resources: { name: string; verbs: string[] }[] };
    expect(core.resources.find((resource) => resource.name === 'secrets')?.verbs).toEqual([
      'get',
      'list',
      'watch',
    ]);
    const apps = (await get('/apis/apps/v1')).json() as { resources: { name: string }[] };
    expect(apps.resources.map((resource) => resource.name)).toEqual([
      'deployments',
      'statefulsets',
      'daemonsets',
    ]);
  });

  it('answers aggregated discovery (apidiscovery.k8s.io/v2) when the client asks for it', async () => {
    const response = await get('/apis', AGGREGATED);
    expect(response.headers['content-type']).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    const body = response.json() as {
      kind: string;
      items: { metadata: { name: string }; versions: { resources: { resource: string }[] }[] }[];
    };
    expect(body.kind).toBe('APIGroupDiscoveryList');
    const skupper = body.items.find((item) => item.metadata.name === 'skupper.io');
    expect(skupper?.versions[0]?.resources.map((resource) => resource.resource)).toEqual([
      'connectors',
      'listeners',
      'sites',
    ]);
  });

  it('lists the review groups, whose reviews can only be created, in legacy and aggregated discovery', async () => {
    const groups = (await get('/apis')).json() as { groups: { name: string }[] };
    expect(groups.groups.map((group) => group.name)).toEqual(
      expect.arrayContaining(['authentication.k8s.io', 'authorization.k8s.io']),
    );
    expect((await get('/apis/authorization.k8s.io/v1')).json()).toMatchObject({
      groupVersion: 'authorization.k8s.io/v1',
      resources: [
        {
          name: 'selfsubjectaccessreviews',
          singularName: 'selfsubjectaccessreview',
          namespaced: false,
          kind: 'SelfSubjectAccessReview',
          verbs: ['create'],
        },
      ],
    });
    expect((await get('/apis/authentication.k8s.io')).json()).toMatchObject({
      kind: 'APIGroup',
      preferredVersion: { groupVersion: 'authentication.k8s.io/v1', version: 'v1' },
    });
    const aggregated = (await get('/apis', AGGREGATED)).json() as {
      items: { metadata: { name: string }; versions: { version: string; resources: unknown[] }[] }[];
    };
    const authentication = aggregated.items.find((item) => item.metadata.name === 'authentication.k8s.io');
    expect(authentication?.versions).toEqual([
      {
        version: 'v1',
        freshness: 'Current',
        resources: [
          {
            resource: 'selfsubjectreviews',
            responseKind: { group: 'authentication.k8s.io', version: 'v1', kind: 'SelfSubjectReview' },
            scope: 'Cluster',
            singularResource: 'selfsubjectreview',
            verbs: ['create'],
          },
        ],
      },
    ]);
  });

  it('publishes OpenAPI v3 documents that tell kubectl to use merge patches and server-side field validation', async () => {
    const index = (await get('/openapi/v3')).json() as {
      paths: Record<string, { serverRelativeURL: string }>;
    };
    const url = index.paths['apis/skupper.io/v2alpha1']?.serverRelativeURL ?? '';
    expect(url).toMatch(/^\/openapi\/v3\/apis\/skupper\.io\/v2alpha1\?hash=/);
    const document = (await get(url)).json() as {
      paths: Record<
        string,
        { patch?: { parameters: { name: string }[]; requestBody: { content: Record<string, unknown> } } }
      >;
    };
    const patch = document.paths['/apis/skupper.io/v2alpha1/namespaces/{namespace}/connectors/{name}']?.patch;
    expect(patch?.parameters.map((parameter) => parameter.name)).toContain('fieldValidation');
    expect(Object.keys(patch?.requestBody.content ?? {})).not.toContain(
      'application/strategic-merge-patch+json',
    );
  });

  it('answers 404 with a Status for paths it does not serve', async () => {
    const response = await get('/apis/example.com/v1');
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
    });
  });
});
