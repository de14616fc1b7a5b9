// "Apply" for a local site: runs `skupper system reload` when the CLI is installed, and otherwise says how.
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { LocalPlatform } from '@connector-console/model';
import { SiteError } from '../errors.ts';
import type { ApplyResult } from '../types.ts';

export interface SystemReloadOptions {
  namespace: string;
  platform: LocalPlatform;
  /** Folders to look for `skupper` in; defaults to PATH. */
  searchPath?: string;
  timeoutMs?: number;
}

const AUTO_RELOAD_REFUSAL = 'automatic reloading is configured';

/**
 * The CLI picks its command set from the platform (flag, SKUPPER_PLATFORM, then its own default of
 * kubernetes), so the platform is passed explicitly: without it, `system reload` may not exist.
 */
export function reloadArguments(namespace: string, platform: LocalPlatform): string[] {
  return ['system', 'reload', '--platform', platform, '-n', namespace];
}

export async function findExecutable(
  name: string,
  searchPath: string | undefined,
): Promise<string | undefined> {
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    if (!folder) continue;
    const candidate = path.join(folder, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

interface ExecOutcome {
  exitCode: number | string | undefined;
  timedOut: boolean;
  output: string;
}

function run(file: string, args: string[], timeoutMs: number): Promise<ExecOutcome> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      resolve({ exitCode: error ? (error.code ?? 1) : 0, timedOut: Boolean(error?.killed), output });
    });
  });
}

export async function runSystemReload(options: SystemReloadOptions): Promise<ApplyResult> {
  const args = reloadArguments(options.namespace, options.platform);
  const command = ['skupper', ...args].join(' ');
  const executable = await findExecutable('skupper', options.searchPath ?? process.env['PATH']);
  if (!executable) {
    return {
      ran: false,
      command,
      message: `The skupper command is not installed where the console runs. To make the saved changes take effect, run: ${command}`,
    };
  }
  const timeoutMs = options.timeoutMs ?? 120_000;
  const outcome = await run(executable, args, timeoutMs);
  if (outcome.exitCode === 0) {
    return {
      ran: true,
      command,
      output: outcome.output,
      message: `Reloaded namespace ${options.namespace}.`,
    };
  }
  if (outcome.output.includes(AUTO_RELOAD_REFUSAL)) {
    return {
      ran: false,
      command,
      output: outcome.output,
      message: 'This site reloads by itself: its system controller applies saved changes automatically.',
    };
  }
  if (outcome.exitCode === 'ENOENT') {
    return { ran: false, command, message: `The skupper command could not be started. Run: ${command}` };
  }
  const reason = outcome.timedOut
    ? `it did not finish within ${Math.round(timeoutMs / 1000)} seconds`
    : (outcome.output.split('\n').find((line) => line.trim() !== '') ??
      `it exited with code ${String(outcome.exitCode)}`);
  throw new SiteError('Unavailable', `${command} failed: ${reason}`, { command, output: outcome.output });
}
