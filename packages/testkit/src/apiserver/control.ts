// The `/_testkit/...` HTTP API: faults and seeding for tests that run the server in another process.
// GET  /_testkit/clusters                          clusters with URL, resourceVersion, outage, open watches
// POST /_testkit/clusters/<name>/down {mode?}      take a cluster down ("reset" or "unavailable")
// POST /_testkit/clusters/<name>/up                bring it back
// POST /_testkit/clusters/<name>/compact           forget its change history (old resourceVersions get 410)
// POST /_testkit/clusters/<name>/objects <object>  create or replace any served object, status included
// DELETE /_testkit/clusters/<name>/objects?kind=&namespace=&name=
// POST /_testkit/faults/latency {ms, cluster?}
// POST /_testkit/faults/fail-next {count, code, message?, cluster?, method?, pathIncludes?}
// POST /_testkit/faults/drop-watches {cluster?, mode?}
// POST /_testkit/faults/reset
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from './cluster.ts';
import { ApiError } from './errors/status.ts';
import type { Faults, FailureRule } from './faults.ts';
import { readOptionalJson } from './http/body.ts';
import { sendJson } from './http/respond.ts';
import type { JsonObject, KubeObject } from './objects.ts';
import { isJsonObject } from './objects.ts';
import { isKindName } from './resources/registry.ts';

export interface ControlTarget {
  clusters: ReadonlyMap<string, Cluster>;
  faults: Faults;
  clusterUrl(name: string): string;
}

interface ControlRequest {
  target: ControlTarget;
  body: JsonObject;
  query: URLSearchParams;
}

type ClusterAction = (cluster: Cluster, request: ControlRequest) => unknown;
type FaultAction = (faults: Faults, body: JsonObject) => unknown;

class ControlError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const OK = { ok: true };
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function kindOf(kind: unknown) {
  if (typeof kind !== 'string' || !isKindName(kind))
    throw new ControlError(400, `kind "${String(kind)}" is not served`);
  return kind;
}

/** Creates the object, or replaces it unconditionally (status included) when it exists. */
function seed({ store }: Cluster, { body }: ControlRequest): KubeObject {
  if (!isJsonObject(body.metadata)) throw new ControlError(400, 'the body must be a Kubernetes object');
  const object = body as KubeObject;
  const kind = kindOf(object.kind);
  const { namespace, name = '' } = object.metadata;
  if (!store.get(kind, namespace, name)) return store.create(object);
  const replaced = store.replace({ ...object, metadata: { ...object.metadata, resourceVersion: undefined } });
  return object.status === undefined
    ? replaced
    : store.updateStatus(kind, namespace, name, () => object.status);
}

const CLUSTER_ACTIONS: Readonly<Record<string, ClusterAction>> = {
  'POST down': (cluster, { target, body }) => {
    target.faults.takeDown(cluster.name, body.mode === 'unavailable' ? 'unavailable' : 'reset');
    return OK;
  },
  'POST up': (cluster, { target }) => {
    target.faults.bringUp(cluster.name);
    return OK;
  },
  'POST compact': (cluster) => {
    cluster.store.compact();
    return OK;
  },
  'POST objects': seed,
  'DELETE objects': ({ store }, { query }) =>
    store.delete(kindOf(query.get('kind')), query.get('namespace') ?? undefined, query.get('name') ?? ''),
};

function failureRule(body: JsonObject): FailureRule {
  const { count, code } = body;
  if (typeof count !== 'number' || typeof code !== 'number')
    throw new ControlError(400, 'count and code must be numbers');
  const rule: FailureRule = { count, code };
  for (const key of ['message', 'cluster', 'method', 'pathIncludes'] as const) {
    const value = text(body[key]);
    if (value !== undefined) rule[key] = value;
  }
  return rule;
}

const FAULT_ACTIONS: Readonly<Record<string, FaultAction>> = {
  'POST latency': (faults, body) => {
    faults.setLatency(Number(body.ms ?? 0), text(body.cluster));
    return OK;
  },
  'POST fail-next': (faults, body) => {
    faults.failNext(failureRule(body));
    return OK;
  },
  'POST drop-watches': (faults, body) => ({
    dropped: faults.dropWatches(text(body.cluster), body.mode === 'reset' ? 'reset' : 'end'),
  }),
  'POST reset': (faults) => {
    faults.reset();
    return OK;
  },
};

function listClusters({ target }: ControlRequest): unknown {
  return [...target.clusters.values()].map((cluster) => ({
    name: cluster.name,
    namespace: cluster.namespace,
    url: target.clusterUrl(cluster.name),
    resourceVersion: cluster.store.resourceVersion,
    outage: target.faults.outageOf(cluster.name) ?? null,
    openWatches: cluster.watches.size,
  }));
}

function route(method: string, segments: string[], request: ControlRequest): unknown {
  const [area, name, action] = segments;
  if (area === 'clusters' && name === undefined && method === 'GET') return listClusters(request);
  if (area === 'clusters' && name !== undefined && action !== undefined) {
    const handler = CLUSTER_ACTIONS[`${method} ${action}`];
    const cluster = request.target.clusters.get(name);
    if (handler && !cluster) throw new ControlError(404, `no cluster named "${name}"`);
    if (handler && cluster) return handler(cluster, request);
  }
  const faultAction =
    area === 'faults' && name !== undefined ? FAULT_ACTIONS[`${method} ${name}`] : undefined;
  if (faultAction) return faultAction(request.target.faults, request.body);
  throw new ControlError(404, `no control endpoint ${method} /_testkit/${segments.join('/')}`);
}

/** Answers JSON; errors are `{error: {code, message}}` with that HTTP status. */
export async function handleControl(
  target: ControlTarget,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  try {
    const segments = url.pathname.split('/').filter(Boolean).slice(1);
    const body = request.method === 'GET' ? undefined : await readOptionalJson(request);
    const method = request.method ?? 'GET';
    sendJson(
      response,
      200,
      route(method, segments, { target, body: isJsonObject(body) ? body : {}, query: url.searchParams }),
    );
  } catch (error) {
    const code = error instanceof ControlError || error instanceof ApiError ? error.code : 500;
    sendJson(response, code, {
      error: { code, message: error instanceof Error ? error.message : String(error) },
    });
  }
}
