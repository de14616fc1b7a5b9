// Helpers for this folder's tests: a server with kubeconfig on disk, client-node clients, and raw HTTPS calls.
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { ApiException, CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import type { ApiServer, ApiServerOptions } from './server.ts';
import { startApiServer } from './server.ts';

export const SKUPPER = { group: 'skupper.io', version: 'v2alpha1' } as const;

export interface TestServer {
  server: ApiServer;
  kubeconfigPath: string;
  kubeConfig(context?: string): KubeConfig;
  customObjects(context?: string): CustomObjectsApi;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<ApiServerOptions> = {}): Promise<TestServer> {
  const server = await startApiServer({
    clusters: [{ name: 'east', namespace: 'hello-world-east' }],
    ...options,
  });
  const directory = await mkdtemp(path.join(os.tmpdir(), 'testkit-apiserver-'));
  const kubeconfigPath = await server.writeKubeconfig(path.join(directory, 'kubeconfig'));
  const kubeConfig = (context = server.clusterNames()[0] ?? '') => {
    const config = new KubeConfig();
    config.loadFromFile(kubeconfigPath);
    config.setCurrentContext(context);
    return config;
  };
  return {
    server,
    kubeconfigPath,
    kubeConfig,
    customObjects: (context) => kubeConfig(context).makeApiClient(CustomObjectsApi),
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export function connector(name: string, spec: Record<string, unknown> = {}, namespace = 'hello-world-east') {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, namespace },
    spec: { routingKey: name, port: 8080, selector: `app=${name}`, ...spec },
  };
}

/** The Status body of a failed client-node call; fails the test when the call succeeded. */
export async function failureOf(
  call: Promise<unknown>,
): Promise<{ code: number; status: Record<string, unknown> }> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiException)) throw new Error(`expected an ApiException, got ${String(error)}`);
  return { code: error.code, status: JSON.parse(String(error.body)) as Record<string, unknown> };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

/** One HTTPS call that trusts the server's certificate; `path` is relative to the server root. */
export function rawRequest(
  server: ApiServer,
  method: string,
  requestPath: string,
  options: { body?: string | object; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const body = typeof options.body === 'object' ? JSON.stringify(options.body) : options.body;
  const headers = {
    ...(typeof options.body === 'object' ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const call = request(
      new URL(requestPath, server.url),
      { method, headers, ca: server.caCertificate },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          });
        });
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** Waits for stdout lines matching a test, failing after a bounded time with what was printed. */
export function readLines(stream: NodeJS.ReadableStream, timeoutMs = 10_000) {
  const seen: string[] = [];
  let buffered = '';
  const waiters = new Set<() => void>();
  let from = 0;
  stream.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    seen.push(...parts);
    waiters.forEach((wake) => wake());
  });
  return {
    until(test: (line: string) => boolean): Promise<string> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const index = seen.slice(from).findIndex(test);
          if (index < 0) return;
          waiters.delete(check);
          clearTimeout(timer);
          const line = seen[from + index] ?? '';
          from += index + 1;
          resolve(line);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `the process did not print the expected line in ${timeoutMs} ms; it printed:\n${seen.join('\n')}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
