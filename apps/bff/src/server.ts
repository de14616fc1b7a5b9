// Assembles a running console from site backends: store, index, event feed, HTTP server.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { EventHub, type HubOptions } from './events/EventHub.ts';
import { connectFeed, type ChangeEvent, type HealthEvent } from './events/feed.ts';
import { createApp } from './http/app.ts';
import type { PerUserOptions } from './users/requesterMiddleware.ts';
import { ConsoleIndex } from './index/ConsoleIndex.ts';
import { ResourceStore } from './index/ResourceStore.ts';
import { SiteRegistry } from './sites/SiteRegistry.ts';
import type { SiteBackend } from './sites/types.ts';

export interface ConsoleServerOptions {
  backends: SiteBackend[];
  /** Ids of the sites that belong to the built-in demo network. */
  demoSites?: string[];
  port?: number;
  host?: string;
  token?: string;
  /** Per-user mode: each request's Kubernetes calls use the person's own token from this header or the sign-in cookie. */
  perUser?: PerUserOptions;
  webRoot?: string;
  log?: Logger;
  hub?: Partial<HubOptions>;
  /** Proxies whose X-Forwarded-Host and X-Forwarded-Proto to believe (Express's "trust proxy"). */
  trustProxy?: string;
  /**
   * Longest the console waits for every site's first listing before it calls itself ready (default 30 s): a site
   * that accepts connections but never answers must not keep the others from being served.
   */
  startTimeoutMs?: number;
}

export interface RunningConsole {
  url: string;
  server: Server;
  registry: SiteRegistry;
  index: ConsoleIndex;
  hub: EventHub<ChangeEvent, HealthEvent>;
  close(): Promise<void>;
}

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

export async function startConsole(options: ConsoleServerOptions): Promise<RunningConsole> {
  const host = options.host ?? '127.0.0.1';
  if (options.perUser && options.token) {
    throw new Error(
      'Per-user mode authenticates each person with their own Kubernetes token; leave out --token.',
    );
  }
  // In per-user mode every API request needs a token the sites' API servers accept, which gates access instead.
  if (!LOOPBACK_HOSTS.has(host) && !options.token && !options.perUser) {
    throw new Error(
      `Refusing to listen on ${host} without an access token: pass --token or --per-user, or listen on 127.0.0.1.`,
    );
  }
  const log = options.log ?? pino({ level: 'silent' });
  const store = new ResourceStore();
  const index = new ConsoleIndex(store);
  const registry = new SiteRegistry(store, options.backends, new Set(options.demoSites ?? []));
  const hub = new EventHub<ChangeEvent, HealthEvent>(options.hub);
  const disconnect = connectFeed(index, registry, hub);
  let ready = false;
  const app = createApp({
    ready: () => ready,
    registry,
    index,
    hub,
    log,
    ...(options.token ? { token: options.token } : {}),
    ...(options.perUser ? { perUser: options.perUser } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, host, () => resolve(s));
    s.once('error', reject);
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    registry.start(),
    new Promise((resolve) => {
      timer = setTimeout(resolve, options.startTimeoutMs ?? 30_000);
    }),
  ]);
  clearTimeout(timer);
  ready = true;
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    registry,
    index,
    hub,
    async close() {
      disconnect();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.stop();
    },
  };
}
