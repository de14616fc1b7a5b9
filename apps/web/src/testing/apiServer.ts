// A real HTTP server for component tests: answers the BFF's routes with fixture JSON and records every request.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  body?: unknown;
}
/** Keyed by "METHOD /path" (the path without its query); a function can look at the request. */
export type Routes = Record<string, Reply | ((request: RecordedRequest) => Reply)>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The request body as text ('' when there was none). */
  body: string;
  contentType: string | undefined;
}

export interface ApiServer {
  url: string;
  requests: RecordedRequest[];
  /** Adds or replaces routes while the test runs. */
  route(routes: Routes): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': '*',
};

function notFound(request: RecordedRequest): Reply {
  return {
    status: 404,
    body: { error: { code: 'NotFound', message: `No fixture for ${request.method} ${request.path}.` } },
  };
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Unless a test says otherwise, the server is a console in shared mode: everyone is signed in. */
const SHARED_SESSION: Routes = { 'GET /api/session': { body: { mode: 'shared', signedIn: true } } };

export async function startApiServer(initial: Routes): Promise<ApiServer> {
  const routes: Routes = { ...SHARED_SESSION, ...initial };
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: '',
      contentType: req.headers['content-type'],
    };
    try {
      request.body = await readText(req);
    } catch {
      // The client went away (a test ended, a request was aborted) before its body arrived.
      res.destroy();
      return;
    }
    requests.push(request);
    const route = routes[`${request.method} ${request.path}`];
    const reply = typeof route === 'function' ? route(request) : (route ?? notFound(request));
    const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, { ...CORS, 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (more) => Object.assign(routes, more),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
