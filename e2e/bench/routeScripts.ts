// What the first page costs to download: the scripts the browser fetched before the first row, gzipped from the build.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');

export interface ScriptSizes {
  files: number;
  rawKB: number;
  gzipKB: number;
}

/** `scripts` are URL paths such as `/assets/index-abc.js`; sizes in kB (1000 bytes), gzip at its default level. */
export async function measureScripts(scripts: readonly string[]): Promise<ScriptSizes> {
  const unique = [...new Set(scripts)];
  const contents = await Promise.all(unique.map((script) => readFile(path.join(webDist, script))));
  const raw = contents.reduce((sum, content) => sum + content.length, 0);
  const gzip = contents.reduce((sum, content) => sum + gzipSync(content).length, 0);
  return { files: unique.length, rawKB: raw / 1000, gzipKB: gzip / 1000 };
}
