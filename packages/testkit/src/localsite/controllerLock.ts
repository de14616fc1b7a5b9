// Holds namespaces/controller.lock with flock, as a running system controller does.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface HeldLock {
  release(): Promise<void>;
}

/**
 * Node cannot flock, so util-linux `flock` takes the lock and runs a shell that says so and then waits on
 * stdin; closing stdin releases the lock, and so does this process ending, so no lock outlives a test run.
 */
export async function holdControllerLock(lockFile: string): Promise<HeldLock> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const child = spawn('flock', [lockFile, 'sh', '-c', 'echo locked; exec cat'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.once('error', (error) =>
      reject(new Error(`The flock command (util-linux) is needed to hold ${lockFile}: ${error.message}`)),
    );
    child.once('exit', (code) =>
      reject(new Error(`flock ended before taking ${lockFile} (exit ${String(code)}): ${stderr}`)),
    );
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The shell only runs once flock holds the lock.
    child.stdout.once('data', () => resolve());
  });
  return {
    async release() {
      child.stdin.end();
      await exited;
    },
  };
}
