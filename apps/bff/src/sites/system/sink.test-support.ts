// A SiteEventSink for tests: keeps the site's current view and lets a test wait for what it expects to see.
import {
  createLocalDataHome,
  type LocalDataHome,
  type LocalNamespaceFixture,
} from '@connector-console/testkit';
import type { ChangeType, SiteEventSink, SiteHealth, WatchedKind, WatchedResource } from '../types.ts';
import { SystemSite, type SystemSiteOptions } from './SystemSite.ts';

export interface RecordedChange {
  kind: WatchedKind;
  type: ChangeType;
  resource: WatchedResource;
}

export class RecordingSink implements SiteEventSink {
  readonly changes: RecordedChange[] = [];
  readonly healthReports: SiteHealth[] = [];
  replaceAllCount = 0;
  private readonly views = new Map<WatchedKind, Map<string, WatchedResource>>();
  private readonly waiters = new Set<() => void>();

  replaceAll(kind: WatchedKind, items: WatchedResource[]): void {
    this.replaceAllCount++;
    this.views.set(kind, new Map(items.map((item) => [item.metadata.name ?? '', item])));
    this.notify();
  }

  change(kind: WatchedKind, type: ChangeType, resource: WatchedResource): void {
    this.changes.push({ kind, type, resource });
    const view = this.views.get(kind) ?? new Map<string, WatchedResource>();
    if (type === 'DELETED') view.delete(resource.metadata.name ?? '');
    else view.set(resource.metadata.name ?? '', resource);
    this.views.set(kind, view);
    this.notify();
  }

  health(health: SiteHealth): void {
    this.healthReports.push(health);
    this.notify();
  }

  get latestHealth(): SiteHealth | undefined {
    return this.healthReports.at(-1);
  }

  get(kind: WatchedKind, name: string): WatchedResource | undefined {
    return this.views.get(kind)?.get(name);
  }

  names(kind: WatchedKind): string[] {
    return [...(this.views.get(kind)?.keys() ?? [])].sort();
  }

  /** Resolves with the first defined result of `look`, checked now and after every event; bounded by a timeout. */
  waitFor<T>(look: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = look();
        if (found === undefined || found === false) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export interface StartedSite {
  home: LocalDataHome;
  site: SystemSite;
  sink: RecordingSink;
  close(): Promise<void>;
}

/** A data home with one namespace, a SystemSite on it, started, with quick timings for tests. */
export async function startSystemSite(
  fixture: LocalNamespaceFixture,
  options: Partial<SystemSiteOptions> = {},
): Promise<StartedSite> {
  const home = await createLocalDataHome({ namespaces: [fixture] });
  const site = new SystemSite({
    id: fixture.name,
    name: fixture.name,
    dataHome: home.dataHome,
    namespace: fixture.name,
    debounceMs: 20,
    presencePollMs: 50,
    controllerCheckMs: 50,
    skupperSearchPath: '',
    ...options,
  });
  const sink = new RecordingSink();
  await site.start(sink);
  return {
    home,
    site,
    sink,
    async close() {
      await site.stop();
      await home.remove();
    },
  };
}
