// A throw-away Skupper data home with local namespaces laid out as the skupper CLI and controller lay them out.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Connector, Listener, LocalPlatform, Site } from '@connector-console/model';
import {
  localConnector,
  localListener,
  localSite,
  writeResourceFile,
  type LocalConnectorFixture,
  type LocalListenerFixture,
  type LocalSiteFixture,
} from './fixtureResources.ts';
import { writeRuntime } from './runtimeFiles.ts';

export interface LocalNamespaceFixture {
  name: string;
  /** Written to internal/platform.yaml; null leaves that file out. */
  platform: LocalPlatform | null;
  connectors?: (LocalConnectorFixture | Connector)[];
  listeners?: (LocalListenerFixture | Listener)[];
  /** The namespace's Site resource; a string is its name. */
  site?: LocalSiteFixture | Site | string;
  /** Folders to create under input/certs/ (TLS credentials). */
  certs?: string[];
  /**
   * What runtime/resources holds: 'settled' (a controller has seen the network), 'reloaded' (just after
   * `skupper system reload`: Pending, Not Matched) or 'none' (never set up). Default 'settled'.
   */
  runtime?: 'settled' | 'reloaded' | 'none';
}

export interface LocalDataHomeOptions {
  /** Where to create the data home; a fresh folder under the system's temp folder by default. */
  root?: string;
  namespaces: LocalNamespaceFixture[];
}

export interface LocalDataHome {
  dataHome: string;
  namespaceDir(namespace: string): string;
  inputResources(namespace: string): string;
  runtimeResources(namespace: string): string;
  remove(): Promise<void>;
}

export async function createLocalDataHome(options: LocalDataHomeOptions): Promise<LocalDataHome> {
  const dataHome = options.root ?? (await mkdtemp(path.join(os.tmpdir(), 'connector-console-localsite-')));
  const namespaceDir = (namespace: string) => path.join(dataHome, 'namespaces', namespace);
  const home: LocalDataHome = {
    dataHome,
    namespaceDir,
    inputResources: (namespace) => path.join(namespaceDir(namespace), 'input', 'resources'),
    runtimeResources: (namespace) => path.join(namespaceDir(namespace), 'runtime', 'resources'),
    remove: () => rm(dataHome, { recursive: true, force: true }),
  };
  for (const fixture of options.namespaces) await writeNamespace(home, fixture);
  return home;
}

async function writeNamespace(home: LocalDataHome, fixture: LocalNamespaceFixture): Promise<void> {
  const { name: namespace } = fixture;
  const input = home.inputResources(namespace);
  await mkdir(input, { recursive: true });
  await mkdir(path.join(home.namespaceDir(namespace), 'internal'), { recursive: true });
  if (fixture.platform) {
    await writeFile(
      path.join(home.namespaceDir(namespace), 'internal', 'platform.yaml'),
      `platform: ${fixture.platform}\n`,
    );
  }
  for (const cert of fixture.certs ?? []) {
    await mkdir(path.join(home.namespaceDir(namespace), 'input', 'certs', cert), { recursive: true });
  }
  if (fixture.site) await writeResourceFile(input, localSite(namespace, fixture.site));
  for (const connector of fixture.connectors ?? [])
    await writeResourceFile(input, localConnector(namespace, connector));
  for (const listener of fixture.listeners ?? [])
    await writeResourceFile(input, localListener(namespace, listener));
  const runtime = fixture.runtime ?? 'settled';
  if (runtime !== 'none') {
    await writeRuntime(home.dataHome, namespace, {
      platform: fixture.platform ?? 'podman',
      settled: runtime === 'settled',
    });
  }
}
