// Holds the configured sites, starts them, and routes what each one sees into the store and the health map.
import type { ResourceStore } from '../index/ResourceStore.ts';
import { SiteError } from './errors.ts';
import type { SiteBackend, SiteHealth, SiteInfo } from './types.ts';

export interface SiteView extends SiteInfo {
  health: SiteHealth;
  /** Part of the built-in demo network, whose status comes from simulated controllers. */
  demo?: boolean;
}

type HealthListener = (site: string, health: SiteHealth) => void;

export class SiteRegistry {
  private readonly backends = new Map<string, SiteBackend>();
  private readonly healths = new Map<string, SiteHealth>();
  private readonly healthListeners = new Set<HealthListener>();

  constructor(
    private readonly store: ResourceStore,
    backends: SiteBackend[],
    private readonly demoSites: ReadonlySet<string> = new Set(),
  ) {
    for (const backend of backends) {
      if (this.backends.has(backend.info.id)) {
        throw new Error(`Two sites share the id "${backend.info.id}"; give each site a distinct name.`);
      }
      this.backends.set(backend.info.id, backend);
      this.healths.set(backend.info.id, {
        state: 'connecting',
        since: new Date().toISOString(),
        statusLive: true,
      });
    }
  }

  onHealth(listener: HealthListener): () => void {
    this.healthListeners.add(listener);
    return () => this.healthListeners.delete(listener);
  }

  /** Start every site; one that fails to start reports an error and never holds the others back. */
  async start(): Promise<void> {
    await Promise.all(
      [...this.backends.values()].map(async (backend) => {
        const id = backend.info.id;
        try {
          await backend.start({
            replaceAll: (kind, items) => this.store.replaceAll(id, kind, items),
            change: (kind, type, resource) => this.store.apply(id, kind, type, resource),
            health: (health) => this.setHealth(id, health),
          });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.setHealth(id, { state: 'error', message, since: new Date().toISOString(), statusLive: false });
        }
      }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all([...this.backends.values()].map((backend) => backend.stop()));
  }

  /** The backend for a site id from a URL; a SiteError NotFound for anything unknown. */
  site(id: string): SiteBackend {
    const backend = this.backends.get(id);
    if (!backend) throw new SiteError('NotFound', `No site "${id}" is configured.`);
    return backend;
  }

  info(id: string): SiteInfo | undefined {
    return this.backends.get(id)?.info;
  }

  views(): SiteView[] {
    return [...this.backends.values()].map((backend) => ({
      ...backend.info,
      health: this.health(backend.info.id),
      ...(this.demoSites.has(backend.info.id) ? { demo: true } : {}),
    }));
  }

  health(id: string): SiteHealth {
    return this.healths.get(id) ?? { state: 'connecting', since: new Date().toISOString(), statusLive: true };
  }

  private setHealth(id: string, health: SiteHealth): void {
    this.healths.set(id, health);
    for (const listener of this.healthListeners) listener(id, health);
  }
}
