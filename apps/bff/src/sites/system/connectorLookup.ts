// Finds a connector's file and its observed state; only a file holding that connector alone may be written.
import { existsSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connector } from '@connector-console/model';
import { SiteError } from '../errors.ts';
import { connectorFilePath, describePath, type NamespaceLayout } from './layout.ts';
import {
  fileVersion,
  isMissing,
  parseResourceFile,
  readResourceFolder,
  type ResourceDocument,
} from './resourceFiles.ts';
import { observedResource } from './siteSnapshot.ts';

/** A connector held alone in its own `Connector-<name>.yaml`: the only kind of file the console writes. */
export interface OwnFile {
  path: string;
  text: string;
  document: ResourceDocument;
}

export function requireNamespaceFolder(layout: NamespaceLayout): void {
  if (!existsSync(layout.namespaceDir)) {
    throw new SiteError('Unavailable', `The local namespace folder ${layout.namespaceDir} does not exist.`);
  }
}

/** The connector of that name in input/resources, wherever it is defined (later files win, as in Skupper). */
export async function findInputConnector(
  layout: NamespaceLayout,
  name: string,
): Promise<ResourceDocument | undefined> {
  const input = await readResourceFolder(layout.inputResources);
  return input.documents.findLast((document) => document.kind === 'Connector' && document.name === name);
}

/** Reads `Connector-<name>.yaml` and checks it holds exactly that connector, so a write touches nothing else. */
export async function ownConnectorFile(layout: NamespaceLayout, name: string): Promise<OwnFile> {
  requireNamespaceFolder(layout);
  const file = connectorFilePath(layout, name);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (!isMissing(error)) throw error;
    const elsewhere = await findInputConnector(layout, name);
    if (!elsewhere) throw new SiteError('NotFound', `There is no connector named "${name}" in this site.`);
    throw new SiteError(
      'Unsupported',
      `Connector "${name}" is defined in input/resources/${elsewhere.file}, which the console does not edit. ` +
        `Edit that file by hand, or move the connector to its own file, ${path.basename(file)}.`,
    );
  }
  if ((await lstat(file)).isSymbolicLink()) {
    // Replacing the link with a file would cut it; writing through it would go unseen by folder watchers.
    throw new SiteError(
      'Unsupported',
      `${describePath(layout, file)} is a symbolic link. Edit the file it points to.`,
    );
  }
  const text = bytes.toString('utf8');
  const parsed = parseResourceFile(path.basename(file), text, fileVersion(bytes));
  const [document, ...others] = parsed.documents;
  const alone = document && others.length === 0 && parsed.problems.length === 0;
  if (!alone || document.kind !== 'Connector' || document.name !== name) {
    throw new SiteError(
      'Unsupported',
      `${describePath(layout, file)} does not hold exactly one connector named "${name}", ` +
        'so the console leaves it alone. Edit it by hand.',
    );
  }
  return { path: file, text, document };
}

/** The connector as the console shows it: desired state from the document, status from runtime/resources. */
export async function observedConnector(
  layout: NamespaceLayout,
  document: ResourceDocument,
): Promise<Connector> {
  const runtime = await readResourceFolder(layout.runtimeResources);
  const observed = runtime.documents.findLast(
    (entry) => entry.kind === 'Connector' && entry.name === document.name,
  );
  return observedResource(document, observed?.object) as Connector;
}

/** A connector from text about to be (or just) written, with that version, or none for a dry-run create. */
export async function shownConnector(
  layout: NamespaceLayout,
  file: string,
  text: string,
  version: string | undefined,
): Promise<Connector> {
  const [document] = parseResourceFile(path.basename(file), text, version ?? '').documents;
  if (!document) throw new SiteError('Unsupported', `${describePath(layout, file)} could not be read back.`);
  const connector = await observedConnector(layout, document);
  if (version === undefined) delete connector.metadata.resourceVersion;
  return connector;
}
