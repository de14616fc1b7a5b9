// Finds a kubectl binary for the tests that drive the real kubectl, and runs it to completion.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../reference.ts';

/** $KUBECTL, /usr/bin/kubectl, the PATH, then Debian's kubernetes-client unpacked under .tools; undefined if none. */
export function findKubectl(): string | undefined {
  const candidates = [
    process.env.KUBECTL,
    '/usr/bin/kubectl',
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'kubectl')),
    // Where scripts/ensure-test-tools.sh unpacks Debian's kubernetes-client when /usr/bin/kubectl belongs to another package.
    path.join(repoRoot, '.tools/kubernetes-client/usr/bin/kubectl'),
  ];
  return candidates.find((candidate): candidate is string => {
    if (!candidate) return false;
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  /** The exit code: `kubectl auth can-i` exits 0 for yes and 1 for no. */
  code: number;
}

export function runKubectl(
  kubectl: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<KubectlResult> {
  return new Promise((resolve) => {
    execFile(kubectl, [...args], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 });
    });
  });
}
