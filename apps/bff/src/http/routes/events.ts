// GET /api/events: a Server-Sent Events stream of batched changes and site health.
import { Router, type Response } from 'express';
import type { Requester } from '../../users/Requester.ts';
import type { ConsoleIndex } from '../../index/ConsoleIndex.ts';
import type { EventHub } from '../../events/EventHub.ts';
import type { SiteRegistry } from '../../sites/SiteRegistry.ts';
import type { ChangeEvent, HealthEvent } from '../../events/feed.ts';
import { summarizeSite } from './sites.ts';
import { requesterOf } from '../../users/requesterMiddleware.ts';

/**
 * A stream outlives the request that opened it: once the token stops working or the person's readable sites
 * change, it ends, and the browser's reconnect starts over with current rights (or a sign-in).
 */
function endWhenRightsChange(
  res: Response,
  requester: Requester,
  readable: (site: string) => boolean,
  registry: SiteRegistry,
  recheckMs: number,
): void {
  const timer = setInterval(() => {
    requester.readable().then(
      (now) => {
        if (registry.views().some((view) => now(view.id) !== readable(view.id))) res.end();
      },
      () => res.end(),
    );
  }, recheckMs);
  timer.unref();
  res.on('close', () => clearInterval(timer));
}

export function eventsRouter(
  hub: EventHub<ChangeEvent, HealthEvent>,
  registry: SiteRegistry,
  index: ConsoleIndex,
  recheckMs = 30_000,
): Router {
  const router = Router();
  router.get('/events', async (req, res) => {
    // Rights are read once per stream; a reconnect (and every page load) reads them again.
    const requester = requesterOf(res);
    const visible = await requester.visible();
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const access = await requester.access();
    const hello = registry.views().map((view) => ({
      key: view.id,
      ...summarizeSite(view, access?.get(view.id)),
    }));
    const detach = hub.attach(
      res,
      { event: 'sites', data: hello },
      visible && ((change) => index.asSeenBy(change, visible)),
    );
    req.on('close', detach);
    if (visible) endWhenRightsChange(res, requester, visible, registry, recheckMs);
  });
  return router;
}
