import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { holdControllerLock } from '@connector-console/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controllerLockState, deviceNumbers, procLocksHoldFlock } from './controllerLock.ts';

let folder: string;
let lockFile: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'controller-lock-'));
  lockFile = path.join(folder, 'controller.lock');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('whether a system controller holds controller.lock', () => {
  it('reads an flock on the file from /proc/locks by device and inode', () => {
    const procLocks = [
      '1: POSIX  ADVISORY  WRITE 10 fe:00:42 0 EOF',
      '2: FLOCK  ADVISORY  WRITE 11 fe:00:43 0 EOF',
      '3: -> FLOCK  ADVISORY  WRITE 12 fe:00:44 0 EOF',
    ].join('\n');
    const dev = 0xfe00n;
    expect(procLocksHoldFlock(procLocks, dev, 43n)).toBe(true);
    expect(procLocksHoldFlock(procLocks, dev, 42n)).toBe(false);
    expect(procLocksHoldFlock(procLocks, dev, 44n)).toBe(false);
    expect(procLocksHoldFlock(procLocks, 0x801n, 43n)).toBe(false);
  });

  it('decodes device numbers as Linux encodes them', () => {
    expect(deviceNumbers(0xfe00n)).toEqual({ major: 0xfen, minor: 0n });
    // major 0x103 and minor 0x10001 need the high bits of both numbers (glibc's makedev layout)
    expect(deviceNumbers(0x10010301n)).toEqual({ major: 0x103n, minor: 0x10001n });
  });

  it('is free when there is no lock file at all', async () => {
    expect(await controllerLockState(lockFile)).toBe('free');
  });

  it('is held while a controller holds the flock, and free once it lets go', async () => {
    const lock = await holdControllerLock(lockFile);
    try {
      expect(await controllerLockState(lockFile)).toBe('held');
    } finally {
      await lock.release();
    }
    expect(await controllerLockState(lockFile)).toBe('free');
  });

  it('falls back to the flock command where there is no /proc/locks', async () => {
    const noProc = { readProcLocks: async () => undefined };
    const lock = await holdControllerLock(lockFile);
    try {
      expect(await controllerLockState(lockFile, noProc)).toBe('held');
    } finally {
      await lock.release();
    }
    expect(await controllerLockState(lockFile, noProc)).toBe('free');
  });

  it('is unknown when neither /proc/locks nor the flock command is available', async () => {
    await writeFile(lockFile, '');
    const probe = { readProcLocks: async () => undefined, flockCommand: path.join(folder, 'no-such-flock') };
    expect(await controllerLockState(lockFile, probe)).toBe('unknown');
    expect((await stat(lockFile)).size).toBe(0);
  });
});
