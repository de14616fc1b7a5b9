// Writes runtime/resources as a reload does: the folder is deleted and created again, then filled.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LocalPlatform, NetworkSite } from '@connector-console/model';
import { resourceYaml } from './fixtureResources.ts';
import { readInputResources } from './inputResources.ts';
import { runtimeResources } from './runtimeStatus.ts';

export interface RuntimeWrite {
  platform: LocalPlatform;
  settled: boolean;
  remoteNetwork?: NetworkSite[];
  /** Update the files in place (a running controller) instead of recreating the folder (a reload). */
  inPlace?: boolean;
}

export async function writeRuntime(
  dataHome: string,
  namespace: string,
  options: RuntimeWrite,
): Promise<void> {
  const namespaceDir = path.join(dataHome, 'namespaces', namespace);
  const folder = path.join(namespaceDir, 'runtime', 'resources');
  const input = await readInputResources(path.join(namespaceDir, 'input', 'resources'));
  const resources = runtimeResources(input, { namespace, ...options });
  if (!options.inPlace) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const resource of resources) {
    const file = path.join(folder, `${resource.kind}-${resource.metadata.name}.yaml`);
    const temporary = `${file}.tmp`;
    await writeFile(temporary, resourceYaml(resource));
    await rename(temporary, file);
  }
  if (options.inPlace)
    await removeStale(
      folder,
      resources.map((resource) => `${resource.kind}-${resource.metadata.name}.yaml`),
    );
}

async function removeStale(folder: string, keep: string[]): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!keep.includes(name)) await rm(path.join(folder, name), { force: true });
  }
}
