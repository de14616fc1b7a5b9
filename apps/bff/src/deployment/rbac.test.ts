// The RBAC rules under deploy/ are exactly the Kubernetes calls the console makes: recorded at the API server while
// every endpoint that reaches Kubernetes runs, with every client call found in the site code made at least once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AppsV1Api,
  AuthenticationV1Api,
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '@connector-console/model';
import type { RequestAttributes } from '@connector-console/testkit';
import { startHarness, type Harness } from '../testing/consoleHarness.ts';
import { grantsOf, readManifests } from './manifests.ts';

const SITE_CODE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../sites/kubernetes');
const API_CLASSES = [CustomObjectsApi, CoreV1Api, AppsV1Api, AuthorizationV1Api, AuthenticationV1Api];
const HEADER = 'X-Forwarded-Access-Token';
const PERSON = 'person-token';

/** Names of client-node API methods the Kubernetes site code calls, read from its source. */
function clientCallsInCode(): { api: (typeof API_CLASSES)[number]; method: string }[] {
  const source = readdirSync(SITE_CODE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(SITE_CODE, f), 'utf8'))
    .join('\n');
  const called = new Set([...source.matchAll(/\.(\w+)\(/g)].map((m) => m[1] ?? ''));
  return API_CLASSES.flatMap((api) =>
    Object.getOwnPropertyNames(api.prototype)
      .filter((method) => method !== 'constructor' && called.has(method))
      .map((method) => ({ api, method })),
  );
}

const grant = (a: RequestAttributes) =>
  `${a.group}/${a.resource}${a.subresource ? `/${a.subresource}` : ''}/${a.verb}`;

let h: Harness;
const made = { console: new Set<string>(), person: new Set<string>() };
const spies = clientCallsInCode().map(({ api, method }) => ({
  name: `${api.name}.${method}`,
  spy: vi.spyOn(api.prototype as unknown as Record<string, () => unknown>, method),
}));

async function call(method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(`${h.console.url}${url}`, {
    method,
    headers: { [HEADER]: PERSON, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

async function useEveryFeature(): Promise<void> {
  const base = '/api/sites/east/connectors';
  const connector: Connector = {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name: 'backend' },
    spec: { routingKey: 'backend', port: 8080, selector: 'app=backend' },
  };
  const statuses: number[] = [];
  const step = async (method: string, url: string, body?: unknown) => {
    const response = await call(method, url, body);
    statuses.push(response.status);
    return response;
  };
  await step('GET', '/api/session');
  await step('GET', '/api/sites');
  await step('POST', `${base}?dryRun=true`, connector);
  const created = (await (await step('POST', base, connector)).json()) as { resource: Connector };
  const replaced = { ...created.resource, spec: { ...connector.spec, port: 9090 } };
  await step('PUT', `${base}/backend`, replaced);
  await step('PATCH', `${base}/backend`, { spec: { port: 9191 } });
  await step('GET', '/api/sites/east/tls-credentials');
  await step('GET', '/api/sites/east/pods?selector=app%3Dbackend');
  await step('GET', '/api/sites/east/workloads');
  await step('DELETE', `${base}/backend`);
  expect(statuses).toEqual([200, 200, 200, 201, 200, 200, 200, 200, 200, 200]);
  // A stale resourceVersion: the conflict answer carries the current object, read with a get.
  const again = (await (await call('POST', base, connector)).json()) as { resource: Connector };
  await call('PATCH', `${base}/backend`, { spec: { port: 1 } });
  expect((await call('PUT', `${base}/backend`, again.resource)).status).toBe(409);
}

beforeAll(async () => {
  h = await startHarness({
    perUser: { tokenHeader: HEADER },
    auth: {
      authenticate: (token, cluster) => {
        if (token === PERSON) return { name: 'person' };
        return token === h.api.cluster(cluster).token ? { name: 'console' } : undefined;
      },
      authorize: (a) => {
        (a.user.name === 'person' ? made.person : made.console).add(grant(a));
        return true;
      },
    },
  });
  await useEveryFeature();
});

afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});

describe('RBAC in deploy/', () => {
  it('exercises every Kubernetes client call found in the site code', () => {
    expect(spies.length).toBeGreaterThan(10);
    const unused = spies.filter(({ spy }) => spy.mock.calls.length === 0).map(({ name }) => name);
    expect(unused).toEqual([]);
  });

  it("gives the console's service account exactly the verbs it uses with its own credentials", () => {
    const [role] = readManifests('rbac/watcher-clusterrole.yaml');
    expect(role?.kind).toBe('ClusterRole');
    expect([...grantsOf(role ?? ({} as never))].sort()).toEqual([...made.console].sort());
  });

  it('gives people exactly the verbs the console uses and asks about on their behalf, Secret names apart', () => {
    const roles = ['rbac/user-clusterrole.yaml', 'rbac/tls-picker-clusterrole.yaml'].map(
      (file) => readManifests(file)[0] ?? ({} as never),
    );
    expect(roles.map((role) => role.kind)).toEqual(['ClusterRole', 'ClusterRole']);
    const [user, tlsPicker] = roles.map((role) => [...grantsOf(role)].sort());
    expect(tlsPicker).toEqual(['/secrets/list']);
    expect([...(user ?? []), ...(tlsPicker ?? [])].sort()).toEqual([...made.person].sort());
  });
});
