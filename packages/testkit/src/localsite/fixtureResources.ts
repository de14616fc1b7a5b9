// Connector, Listener and Site resources for local-site fixtures, and how they are written to files.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  SKUPPER_API_VERSION,
  type Connector,
  type Listener,
  type Site,
  type SkupperResource,
} from '@connector-console/model';
import { stringify } from 'yaml';

export interface LocalConnectorFixture {
  name: string;
  port: number;
  /** Defaults to the name, as the CLI does. */
  routingKey?: string;
  /** Defaults to localhost, as the CLI does on local sites. */
  host?: string;
  tlsCredentials?: string;
  labels?: Record<string, string>;
}

export interface LocalListenerFixture {
  name: string;
  port: number;
  routingKey?: string;
  host?: string;
}

export interface LocalSiteFixture {
  name: string;
  linkAccess?: string;
}

export function localConnector(namespace: string, fixture: LocalConnectorFixture | Connector): Connector {
  if ('kind' in fixture) return fixture;
  return {
    apiVersion: SKUPPER_API_VERSION,
    kind: 'Connector',
    metadata: { name: fixture.name, namespace, ...(fixture.labels ? { labels: fixture.labels } : {}) },
    spec: {
      host: fixture.host ?? 'localhost',
      port: fixture.port,
      routingKey: fixture.routingKey ?? fixture.name,
      ...(fixture.tlsCredentials ? { tlsCredentials: fixture.tlsCredentials } : {}),
      type: 'tcp',
    },
  };
}

export function localListener(namespace: string, fixture: LocalListenerFixture | Listener): Listener {
  if ('kind' in fixture) return fixture;
  return {
    apiVersion: SKUPPER_API_VERSION,
    kind: 'Listener',
    metadata: { name: fixture.name, namespace },
    spec: {
      host: fixture.host ?? fixture.name,
      port: fixture.port,
      routingKey: fixture.routingKey ?? fixture.name,
      type: 'tcp',
    },
  };
}

export function localSite(namespace: string, fixture: LocalSiteFixture | Site | string): Site {
  if (typeof fixture === 'object' && 'kind' in fixture) return fixture;
  const { name, linkAccess } =
    typeof fixture === 'string' ? { name: fixture, linkAccess: undefined } : fixture;
  return {
    apiVersion: SKUPPER_API_VERSION,
    kind: 'Site',
    metadata: { name, namespace },
    ...(linkAccess ? { spec: { linkAccess } } : {}),
  };
}

/** YAML as Skupper's tools write it: sorted keys, two-space indentation, list items level with their key. */
export function resourceYaml(resource: SkupperResource | Record<string, unknown>): string {
  return stringify(resource, { sortMapEntries: true, indent: 2, indentSeq: false, lineWidth: 0 });
}

/** Writes `<Kind>-<name>.yaml`, the one-resource-per-file layout the CLI uses. */
export async function writeResourceFile(folder: string, resource: SkupperResource): Promise<string> {
  const file = path.join(folder, `${resource.kind}-${resource.metadata.name ?? 'unnamed'}.yaml`);
  await writeFile(file, resourceYaml(resource));
  return file;
}
