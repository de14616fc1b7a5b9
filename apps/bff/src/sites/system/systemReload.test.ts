import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSystemReload } from './systemReload.ts';

let bin: string;
beforeEach(async () => {
  bin = await mkdtemp(path.join(os.tmpdir(), 'fake-skupper-'));
});
afterEach(async () => {
  await rm(bin, { recursive: true, force: true });
});

/** A stand-in skupper command that records its arguments and answers as told. */
async function fakeSkupper(script: string): Promise<void> {
  const file = path.join(bin, 'skupper');
  await writeFile(file, `#!/bin/sh\necho "$@" > "${bin}/args"\n${script}\n`);
  await chmod(file, 0o755);
}

describe('applying saved changes on a local site', () => {
  it('says which command to run when skupper is not installed', async () => {
    const result = await runSystemReload({ namespace: 'west', platform: 'docker', searchPath: bin });
    expect(result).toMatchObject({ ran: false, command: 'skupper system reload --platform docker -n west' });
    expect(result.message).toContain('skupper system reload --platform docker -n west');
  });

  it('runs skupper system reload for the namespace and platform, without a shell', async () => {
    await fakeSkupper('echo "Site reloaded"');
    const result = await runSystemReload({ namespace: 'west', platform: 'podman', searchPath: bin });
    expect(result).toMatchObject({ ran: true, output: 'Site reloaded' });
    expect(await readFile(path.join(bin, 'args'), 'utf8')).toBe('system reload --platform podman -n west\n');
  });

  it('explains that a site with automatic reloads applies changes by itself', async () => {
    await fakeSkupper(
      'echo "Error: this command is disabled because automatic reloading is configured" >&2; exit 1',
    );
    const result = await runSystemReload({ namespace: 'west', platform: 'podman', searchPath: bin });
    expect(result.ran).toBe(false);
    expect(result.message).toContain('reloads by itself');
  });

  it('fails with the CLI’s own words when the reload fails', async () => {
    await fakeSkupper('echo "Error: no site found in namespace west" >&2; exit 1');
    await expect(
      runSystemReload({ namespace: 'west', platform: 'podman', searchPath: bin }),
    ).rejects.toMatchObject({
      code: 'Unavailable',
      message: expect.stringContaining('no site found in namespace west'),
    });
  });
});
