// Watches a local namespace folder and calls back, debounced, whenever its input or runtime resources change.
// The runtime folder is deleted and recreated on every reload, and the namespace folder itself may come and
// go (setup, teardown), so the watch covers the namespace folder and re-arms when that folder reappears.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { isTemporaryName } from './atomicFile.ts';

export interface NamespaceWatcherOptions {
  namespaceDir: string;
  onChange: () => void;
  /** Quiet time that ends a burst of file events. */
  debounceMs?: number;
  /** How often to look for a namespace folder that does not exist. */
  presencePollMs?: number;
  /** A full re-read now and then, in case the platform dropped a file event. */
  resyncMs?: number;
}

// Paths below the namespace folder that matter; everything else (router config, certificates) is ignored.
const WATCHED = [
  /^$/,
  /^(input|runtime)$/,
  /^(input|runtime)\/resources(\/[^/]+)?$/,
  /^input\/certs(\/[^/]+)?$/,
  /^internal(\/platform\.yaml)?$/,
];

export class NamespaceWatcher {
  private watcher: FSWatcher | undefined;
  private debounceTimer: NodeJS.Timeout | undefined;
  private presenceTimer: NodeJS.Timeout | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: NamespaceWatcherOptions) {}

  async start(): Promise<void> {
    this.closed = false;
    const resyncMs = this.options.resyncMs ?? 30_000;
    this.resyncTimer = setInterval(() => this.options.onChange(), resyncMs);
    this.resyncTimer.unref();
    if (existsSync(this.options.namespaceDir)) await this.arm();
    else this.pollForPresence();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.debounceTimer);
    clearInterval(this.presenceTimer);
    clearInterval(this.resyncTimer);
    await this.disarm();
  }

  private isIgnored = (file: string): boolean => {
    if (isTemporaryName(file)) return true;
    const relative = path.relative(this.options.namespaceDir, file).split(path.sep).join('/');
    return !WATCHED.some((pattern) => pattern.test(relative));
  };

  private async arm(): Promise<void> {
    if (this.closed || this.watcher) return;
    const watcher = watch(this.options.namespaceDir, { ignoreInitial: true, ignored: this.isIgnored });
    this.watcher = watcher;
    watcher.on('all', (event, file) => {
      if (this.watcher !== watcher) return;
      if (event === 'unlinkDir' && path.resolve(file) === path.resolve(this.options.namespaceDir)) {
        void this.disarm().then(() => this.pollForPresence());
      }
      this.schedule();
    });
    watcher.on('error', () => {
      if (this.watcher === watcher) void this.rearm();
    });
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  /** Starts over with a fresh watch; the re-read that follows covers whatever happened meanwhile. */
  private async rearm(): Promise<void> {
    await this.disarm();
    if (existsSync(this.options.namespaceDir)) await this.arm();
    else this.pollForPresence();
    this.schedule();
  }

  private async disarm(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = undefined;
    await watcher?.close();
  }

  private pollForPresence(): void {
    if (this.closed) return;
    clearInterval(this.presenceTimer);
    this.presenceTimer = setInterval(() => {
      if (!existsSync(this.options.namespaceDir)) return;
      clearInterval(this.presenceTimer);
      void this.arm().then(() => this.schedule());
    }, this.options.presencePollMs ?? 2000);
    this.presenceTimer.unref();
  }

  private schedule(): void {
    if (this.closed) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.options.onChange(), this.options.debounceMs ?? 100);
  }
}
