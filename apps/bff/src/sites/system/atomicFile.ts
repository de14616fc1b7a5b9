// Writes a file so that watchers and loaders only ever see the old bytes or the new ones, never a part.
import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from './resourceFiles.ts';

export interface AtomicWriteOptions {
  /** Fail with EEXIST instead of replacing an existing file. */
  exclusive?: boolean;
}

const errorCode = (error: unknown): unknown => (isRecord(error) ? error['code'] : undefined);

/** A sibling name that does not end in .yaml/.yml, so Skupper's loader and watcher skip it. */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTemporaryName(file: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(path.basename(file));
}

async function currentMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  }
}

export async function writeFileAtomic(
  file: string,
  data: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = temporaryName(file);
  // A replaced file keeps its permissions; a new one gets 0666 less the umask, as the CLI's files do.
  const keptMode = options.exclusive ? undefined : await currentMode(file);
  const handle = await open(temporary, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(data, 'utf8');
      if (keptMode !== undefined) await handle.chmod(keptMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) await linkExclusive(temporary, file);
    else await rename(temporary, file);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(path.dirname(file));
}

/** link() refuses an existing target atomically; where hard links are unsupported, check then rename. */
async function linkExclusive(temporary: string, file: string): Promise<void> {
  try {
    await link(temporary, file);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if ((await currentMode(file)) !== undefined) {
      throw Object.assign(new Error(`${file} already exists`), { code: 'EEXIST' });
    }
    await rename(temporary, file);
  }
}

export function isAlreadyExists(error: unknown): boolean {
  return errorCode(error) === 'EEXIST';
}
