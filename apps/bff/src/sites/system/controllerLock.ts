// Tells whether a system controller runs, by whether anyone holds an flock on namespaces/controller.lock.
//
// Node has no flock API and native addons are not an option, so, in order:
// 1. Linux lists every held lock in /proc/locks with the device and inode of its file. Reading it is
//    side-effect free: nothing is locked, nothing is created. A FLOCK entry on the lock file's inode
//    means a controller holds it. (Locks of processes in a pid namespace the console cannot see are not
//    listed there; a console in a container should share the host's pid namespace or be told otherwise.)
// 2. Elsewhere, util-linux `flock --nonblock` on the existing file: if it cannot take the lock, someone
//    holds it. This takes the lock for an instant, so it is only the fallback.
// 3. Neither available: liveness is unknown, and the site says so.
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';

export type ControllerLockState = 'held' | 'free' | 'unknown';

export interface ControllerLockProbe {
  /** Text of /proc/locks, or undefined where there is none (tests pass their own). */
  readProcLocks?: () => Promise<string | undefined>;
  /** Path or name of the util-linux flock command. */
  flockCommand?: string;
}

const CONFLICT_EXIT_CODE = 75;

/** Major and minor numbers of a device as Linux encodes them in st_dev. */
export function deviceNumbers(dev: bigint): { major: bigint; minor: bigint } {
  return {
    major: ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & 0xfffff000n),
    minor: (dev & 0xffn) | ((dev >> 12n) & 0xffffff00n),
  };
}

/** Whether /proc/locks lists an flock held (not merely waited for) on the file with this device and inode. */
export function procLocksHoldFlock(procLocks: string, dev: bigint, ino: bigint): boolean {
  const { major, minor } = deviceNumbers(dev);
  return procLocks.split('\n').some((line) => {
    const fields = line.trim().split(/\s+/);
    if (fields[1] !== 'FLOCK') return false; // "->" marks a blocked waiter; POSIX/OFD locks are not flock
    const [maj, min, inode] = (fields[5] ?? '').split(':');
    return (
      maj !== undefined &&
      min !== undefined &&
      /^[0-9a-f]+$/i.test(maj) &&
      /^[0-9a-f]+$/i.test(min) &&
      BigInt(`0x${maj}`) === major &&
      BigInt(`0x${min}`) === minor &&
      inode === String(ino)
    );
  });
}

async function defaultReadProcLocks(): Promise<string | undefined> {
  try {
    return await readFile('/proc/locks', 'utf8');
  } catch {
    return undefined;
  }
}

function tryFlock(command: string, file: string): Promise<ControllerLockState> {
  return new Promise((resolve) => {
    const args = ['--nonblock', '--conflict-exit-code', String(CONFLICT_EXIT_CODE), file, 'true'];
    execFile(command, args, { timeout: 5000 }, (error) => {
      if (!error) resolve('free');
      else resolve(error.code === CONFLICT_EXIT_CODE ? 'held' : 'unknown');
    });
  });
}

export async function controllerLockState(
  lockFile: string,
  probe: ControllerLockProbe = {},
): Promise<ControllerLockState> {
  let info;
  try {
    info = await stat(lockFile, { bigint: true });
  } catch {
    // No lock file: no system controller has ever run for this data home.
    return 'free';
  }
  const procLocks = await (probe.readProcLocks ?? defaultReadProcLocks)();
  if (procLocks !== undefined) return procLocksHoldFlock(procLocks, info.dev, info.ino) ? 'held' : 'free';
  return tryFlock(probe.flockCommand ?? 'flock', lockFile);
}
