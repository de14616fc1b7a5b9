// Reads a namespace's input/resources the way Skupper's loader does: every *.yaml / *.yml, every document.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export async function readInputResources(folder: string): Promise<Record<string, unknown>[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return [];
  }
  const resources: Record<string, unknown>[] = [];
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8').catch(() => '');
    for (const doc of parseAllDocuments(text)) {
      const value: unknown = doc.errors.length === 0 ? doc.toJS() : undefined;
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        resources.push(value as Record<string, unknown>);
    }
  }
  return resources;
}
