// Fetch functions for connectors; paths come from paths.ts.
import type { ConnectorEntry, ConnectorListItem, WriteAnswer } from '@connector-console/model';
import { requestJson } from './http.ts';
import { apiPaths } from './paths.ts';

/** Every connector with its matching answer in short; `fetchConnector` gives the full answer for one. */
export async function fetchConnectors(signal?: AbortSignal): Promise<ConnectorListItem[]> {
  const answer = await requestJson<{ items: ConnectorListItem[] }>(apiPaths.connectors(), { signal });
  return answer.items;
}

export function fetchConnector(site: string, name: string, signal?: AbortSignal): Promise<ConnectorEntry> {
  return requestJson<ConnectorEntry>(apiPaths.connector(site, name), { signal });
}

export async function deleteConnector(site: string, name: string, resourceVersion?: string): Promise<void> {
  await requestJson<unknown>(apiPaths.deleteConnector(site, name, resourceVersion), { method: 'DELETE' });
}

export interface ConnectorWrite {
  site: string;
  /** The connector's name when it is replaced; absent when it is created. */
  name?: string;
  /** The connector as YAML, so that problems the server finds come back with lines of this text. */
  yaml: string;
  dryRun: boolean;
  signal?: AbortSignal;
}

export function writeConnector({ site, name, yaml, dryRun, signal }: ConnectorWrite): Promise<WriteAnswer> {
  return requestJson<WriteAnswer>(apiPaths.writeConnector(site, name, dryRun), {
    method: name === undefined ? 'POST' : 'PUT',
    signal,
    headers: { 'Content-Type': 'application/yaml' },
    body: yaml,
  });
}
