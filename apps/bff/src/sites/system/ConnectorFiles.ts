// Creates, changes and deletes connectors in input/resources, with the file's hash as the version to match.
import { mkdir, unlink } from 'node:fs/promises';
import { applyMergePatch, hasComments, type Connector, type LocalPlatform } from '@connector-console/model';
import { SiteError } from '../errors.ts';
import type { WriteOptions } from '../types.ts';
import { isAlreadyExists, writeFileAtomic } from './atomicFile.ts';
import { cliYaml } from './cliYaml.ts';
import {
  editedText,
  keepFileOwnedFields,
  requireValidConnector,
  withCreateDefaults,
  writableValue,
  type PlainObject,
} from './connectorEdits.ts';
import {
  findInputConnector,
  observedConnector,
  ownConnectorFile,
  requireNamespaceFolder,
  shownConnector,
  type OwnFile,
} from './connectorLookup.ts';
import { connectorFilePath, describePath, type NamespaceLayout } from './layout.ts';
import { requireLocalName } from './localNames.ts';
import { fileVersion, isRecord, resourceName } from './resourceFiles.ts';

export class ConnectorFiles {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly layout: NamespaceLayout,
    private readonly platform: () => LocalPlatform,
  ) {}

  async create(connector: Connector, options: WriteOptions = {}): Promise<Connector> {
    const name = requireLocalName(isRecord(connector) ? resourceName(connector) : undefined);
    return this.exclusive(async () => {
      const next = withCreateDefaults(connector, this.layout.namespace);
      requireValidConnector(next, this.platform(), this.layout.namespace);
      requireNamespaceFolder(this.layout);
      const existing = await findInputConnector(this.layout, name);
      if (existing) {
        throw new SiteError(
          'AlreadyExists',
          `A connector named "${name}" already exists in ${existing.file}.`,
          {
            current: await observedConnector(this.layout, existing),
          },
        );
      }
      const file = connectorFilePath(this.layout, name);
      // The CLI's own format, unless the person wrote comments: those are theirs to keep.
      const text =
        options.source !== undefined && hasComments(options.source)
          ? editedText(`Connector-${name}.yaml`, options.source, next)
          : cliYaml(next);
      if (!options.dryRun) {
        await mkdir(this.layout.inputResources, { recursive: true, mode: 0o775 });
        try {
          await writeFileAtomic(file, text, { exclusive: true });
        } catch (error) {
          if (!isAlreadyExists(error)) throw error;
          throw new SiteError('AlreadyExists', `${describePath(this.layout, file)} already exists.`);
        }
      }
      return shownConnector(this.layout, file, text, options.dryRun ? undefined : fileVersion(text));
    });
  }

  async replace(name: string, connector: Connector, options: WriteOptions = {}): Promise<Connector> {
    requireLocalName(name);
    if (!isRecord(connector)) throw new SiteError('BadRequest', 'The request must hold a connector object.');
    const metadata = isRecord(connector.metadata) ? connector.metadata : {};
    const version = metadata.resourceVersion;
    if (metadata.name !== undefined && metadata.name !== name) {
      throw new SiteError(
        'BadRequest',
        `The connector in the request is named "${String(metadata.name)}", not "${name}".`,
      );
    }
    if (typeof version !== 'string' || version === '') {
      throw new SiteError(
        'Invalid',
        'Send the resourceVersion of the connector you edited, so that changes made meanwhile are not lost.',
        {
          problems: [
            {
              path: 'metadata.resourceVersion',
              message: 'The resource version is required to replace a connector.',
            },
          ],
        },
      );
    }
    return this.exclusive(async () => {
      const own = await ownConnectorFile(this.layout, name);
      await this.requireVersion(own, version);
      return this.update(own, writableValue({ ...connector }), options);
    });
  }

  async patch(name: string, patch: Record<string, unknown>, options: WriteOptions = {}): Promise<Connector> {
    requireLocalName(name);
    const metadata = patch['metadata'];
    const version = isRecord(metadata) ? metadata['resourceVersion'] : undefined;
    return this.exclusive(async () => {
      const own = await ownConnectorFile(this.layout, name);
      if (version !== undefined && version !== null) await this.requireVersion(own, String(version));
      const patched = applyMergePatch(writableValue(own.document.object), writableValue(patch));
      if (!isRecord(patched))
        throw new SiteError('BadRequest', 'A merge patch for a connector must be a JSON object.');
      if (resourceName(patched) !== name) {
        throw new SiteError(
          'BadRequest',
          'A connector cannot be renamed. Create one with the new name and delete this one.',
        );
      }
      return this.update(own, patched, options);
    });
  }

  /** The text of the connector's own file, or undefined when it is defined elsewhere or nowhere. */
  async source(name: string): Promise<string | undefined> {
    requireLocalName(name);
    try {
      return (await ownConnectorFile(this.layout, name)).text;
    } catch (error) {
      if (error instanceof SiteError) return undefined;
      throw error;
    }
  }

  async remove(name: string, resourceVersion?: string): Promise<void> {
    requireLocalName(name);
    return this.exclusive(async () => {
      const own = await ownConnectorFile(this.layout, name);
      if (resourceVersion !== undefined) await this.requireVersion(own, resourceVersion);
      await unlink(own.path);
    });
  }

  private async update(own: OwnFile, value: PlainObject, options: WriteOptions): Promise<Connector> {
    requireValidConnector(value, this.platform(), this.layout.namespace);
    // The person's own text when they sent one (it started from this file, so its comments are there too).
    const base = options.source ?? own.text;
    const text = editedText(own.document.file, base, keepFileOwnedFields(value, own.document.object));
    if (options.dryRun) return shownConnector(this.layout, own.path, text, own.document.version);
    if (text !== own.text) await writeFileAtomic(own.path, text);
    return shownConnector(this.layout, own.path, text, fileVersion(text));
  }

  private async requireVersion(own: OwnFile, version: string): Promise<void> {
    if (own.document.version === version) return;
    throw new SiteError(
      'Conflict',
      `${describePath(this.layout, own.path)} changed after you opened it. Reload it, or compare and save again.`,
      { current: await observedConnector(this.layout, own.document) },
    );
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
