// The Express application: security first, then the API, then the built web app with a fallback to index.html.
import compression from 'compression';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { EventHub } from '../events/EventHub.ts';
import type { ChangeEvent, HealthEvent } from '../events/feed.ts';
import type { ConsoleIndex } from '../index/ConsoleIndex.ts';
import type { SiteRegistry } from '../sites/SiteRegistry.ts';
import { errorHandler, sendError } from './errors.ts';
import { connectorsRouter } from './routes/connectors.ts';
import { eventsRouter } from './routes/events.ts';
import { sitesRouter } from './routes/sites.ts';
import { accessToken, knownBodyTypes, sameOriginMutations, securityHeaders } from './security.ts';
import { requesterMiddleware, type PerUserOptions } from '../users/requesterMiddleware.ts';
import { sessionRouter } from '../users/sessionRouter.ts';

export interface AppOptions {
  registry: SiteRegistry;
  index: ConsoleIndex;
  hub: EventHub<ChangeEvent, HealthEvent>;
  log: Logger;
  token?: string;
  /** Folder of the production web build; when absent the API is served alone. */
  webRoot?: string;
  /** Per-user mode: every Kubernetes call of a request uses the person's own bearer token. */
  perUser?: PerUserOptions;
  /** True once every site has made its first attempt to list (readiness probe). */
  ready?: () => boolean;
  /** Express's "trust proxy" setting: which proxies' X-Forwarded-Host and -Proto headers to believe. */
  trustProxy?: string;
}

/** A hop count stays a number; anything else (loopback, uniquelocal, addresses) is Express's own syntax. */
function trustProxySetting(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function createApp(options: AppOptions): Express {
  const { registry, index, hub, log, token, webRoot, perUser } = options;
  const app = express();
  app.disable('x-powered-by');
  // Lists are megabytes and change constantly: hashing each for an ETag costs more than it saves.
  app.set('etag', false);
  app.set('query parser', 'simple');
  if (options.trustProxy !== undefined) app.set('trust proxy', trustProxySetting(options.trustProxy));
  app.use(securityHeaders);
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/api/ready', (_req, res) => {
    if (options.ready?.() ?? true) res.json({ status: 'ready' });
    else sendError(res, 503, 'Starting', 'The console is still reading its sites for the first time.');
  });
  app.use(accessToken(token));
  const api = express.Router();
  api.use(sameOriginMutations, knownBodyTypes, requesterMiddleware(registry, perUser));
  api.use(sessionRouter(registry, perUser !== undefined));
  api.use(sitesRouter(registry));
  api.use(connectorsRouter(registry, index));
  api.use(eventsRouter(hub, registry, index, perUser?.recheckMs));
  api.use((_req, res) => sendError(res, 404, 'NotFound', 'No such API endpoint.'));
  app.use('/api', api);
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    // The web app's scripts and styles travel compressed. API answers, mounted before, never pass through it:
    // even idle, the compressor's wrapping doubled the time to send the 10,000-row list, and the event stream must
    // never wait in its buffer.
    app.use(compression());
    app.use(express.static(webRoot, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => {
      res.sendFile(path.join(webRoot, 'index.html'));
    });
  }
  app.use(errorHandler(log));
  return app;
}
