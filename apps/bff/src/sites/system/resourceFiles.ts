// Reads a folder of Skupper resource files: every *.yaml / *.yml, several documents per file allowed.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYamlDocuments } from '@connector-console/model';

/** One resource found in a file. */
export interface ResourceDocument {
  kind: string;
  name: string;
  /** File name inside the folder. */
  file: string;
  /** Position of the document in its file, and how many resources the file holds. */
  index: number;
  documentsInFile: number;
  object: Record<string, unknown>;
  /** Hash of the whole file's bytes: the version a writer must present to change it. */
  version: string;
}

export interface FileProblem {
  file: string;
  message: string;
}

export interface ResourceFolder {
  documents: ResourceDocument[];
  problems: FileProblem[];
  /** False when the folder does not exist (yet). */
  present: boolean;
}

const RESOURCE_FILE = /\.ya?ml$/;
// Aliases let a small file expand enormously; resource files have no need for many.
const LIMITS = { maxAliases: 50 };

export function fileVersion(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function resourceName(object: Record<string, unknown>): string | undefined {
  const metadata = object['metadata'];
  const name = isRecord(metadata) ? metadata['name'] : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** Parses one file's text into the resources it holds; documents that are not resources are reported. */
export function parseResourceFile(file: string, text: string, version: string): ResourceFolder {
  const documents: ResourceDocument[] = [];
  const problems: FileProblem[] = [];
  const found: Omit<ResourceDocument, 'index' | 'documentsInFile'>[] = [];
  const parsed = parseYamlDocuments(text, LIMITS);
  const refusal = parsed.problems[0];
  if (refusal) {
    const where = refusal.line ? ` (line ${refusal.line})` : '';
    return {
      documents,
      problems: [{ file, message: `${file} cannot be read${where}: ${refusal.message}` }],
      present: true,
    };
  }
  for (const doc of parsed.docs) {
    const object: unknown = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
    if (object === null || object === undefined) continue;
    const kind = isRecord(object) ? object['kind'] : undefined;
    const name = isRecord(object) ? resourceName(object) : undefined;
    if (!isRecord(object) || typeof kind !== 'string' || name === undefined) {
      problems.push({
        file,
        message: `${file} holds a document without a kind and metadata.name; it is ignored.`,
      });
      continue;
    }
    found.push({ kind, name, file, object, version });
  }
  found.forEach((entry, index) => documents.push({ ...entry, index, documentsInFile: found.length }));
  return { documents, problems, present: true };
}

/** Reads every resource file of a folder, in file-name order (later files win, as in Skupper's loader). */
export async function readResourceFolder(folder: string): Promise<ResourceFolder> {
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    // Symbolic links count too: Skupper's loader reads whatever the name leads to.
    names = entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && RESOURCE_FILE.test(entry.name))
      .map((entry) => entry.name);
  } catch (error) {
    if (isMissing(error)) return { documents: [], problems: [], present: false };
    throw error;
  }
  const parsedFiles = await mapWithConcurrency(names.sort(), READ_CONCURRENCY, async (name) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(folder, name));
    } catch (error) {
      // A file may vanish between listing and reading (a reload recreates the runtime folder).
      if (isMissing(error) || isFolder(error)) return undefined;
      throw error;
    }
    return parseResourceFile(name, bytes.toString('utf8'), fileVersion(bytes));
  });
  // Results stay in file-name order, so later files still win as in Skupper's loader.
  const result: ResourceFolder = { documents: [], problems: [], present: true };
  for (const parsed of parsedFiles) {
    if (!parsed) continue;
    result.documents.push(...parsed.documents);
    result.problems.push(...parsed.problems);
  }
  return result;
}

// Enough reads in flight to hide the file system's latency, few enough not to exhaust file descriptors.
const READ_CONCURRENCY = 32;

async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function isMissing(error: unknown): boolean {
  const code = isRecord(error) ? error['code'] : undefined;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

const isFolder = (error: unknown): boolean => isRecord(error) && error['code'] === 'EISDIR';
