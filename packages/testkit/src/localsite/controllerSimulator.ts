// A stand-in for Skupper's system controller on one local namespace: holds controller.lock, reloads the
// namespace when its input changes (SKUPPER_SYSTEM_RELOAD_TYPE=auto) or when asked, and keeps status current.
import { watch, type FSWatcher } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LocalPlatform, NetworkSite } from '@connector-console/model';
import { holdControllerLock, type HeldLock } from './controllerLock.ts';
import { writeRuntime } from './runtimeFiles.ts';

export interface ControllerSimulatorOptions {
  platform?: LocalPlatform;
  /** Reload when input/resources changes, as the controller does with automatic reloads. Default true. */
  autoReload?: boolean;
  /** Quiet time after the last input change before reloading (the controller uses 150 ms). */
  debounceMs?: number;
  /** Hold namespaces/controller.lock with flock. Default true. */
  holdLock?: boolean;
  /** Other sites of the network as this controller knows them. */
  remoteNetwork?: NetworkSite[];
}

export interface SystemControllerSimulator {
  /** A reload as `skupper system reload` does it: runtime/resources recreated, then status settled. */
  reload(): Promise<void>;
  /** Resolves when the next reload has finished. */
  nextReload(): Promise<void>;
  readonly reloadCount: number;
  stop(): Promise<void>;
}

// The auto-reload watcher only looks at <Kind>-<name>.yaml files.
const WATCHED_FILE = /^[A-Za-z]+-.+\.yaml$/;

export async function startSystemControllerSimulator(
  dataHome: string,
  namespace: string,
  options: ControllerSimulatorOptions = {},
): Promise<SystemControllerSimulator> {
  const platform = options.platform ?? 'podman';
  const input = path.join(dataHome, 'namespaces', namespace, 'input', 'resources');
  await mkdir(input, { recursive: true });
  const lock: HeldLock | undefined =
    options.holdLock === false
      ? undefined
      : await holdControllerLock(path.join(dataHome, 'namespaces', 'controller.lock'));
  let reloadCount = 0;
  let waiters: (() => void)[] = [];
  let queue: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const reloadOnce = async () => {
    if (stopped) return;
    const write = { platform, remoteNetwork: options.remoteNetwork };
    await writeRuntime(dataHome, namespace, { ...write, settled: false });
    await writeRuntime(dataHome, namespace, { ...write, settled: true, inPlace: true });
    reloadCount++;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };
  const reload = () => (queue = queue.then(reloadOnce, reloadOnce));

  let watcher: FSWatcher | undefined;
  if (options.autoReload !== false) {
    watcher = watch(input, (_event, file) => {
      if (file && !WATCHED_FILE.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), options.debounceMs ?? 20);
    });
  }

  return {
    reload,
    nextReload: () => new Promise<void>((resolve) => waiters.push(resolve)),
    get reloadCount() {
      return reloadCount;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      watcher?.close();
      await queue;
      await lock?.release();
    },
  };
}
