// GET /api/sites and the per-site helpers the connector form uses: pods, workloads, TLS credentials, apply.
import { Router } from 'express';
import type { SiteAccess, SiteSummary } from '@connector-console/model';
import type { SiteRegistry, SiteView } from '../../sites/SiteRegistry.ts';
import { siteParam } from '../params.ts';
import { requesterOf } from '../../users/requesterMiddleware.ts';

/** `access`: what the person asking may do there (per-user mode). */
export function summarizeSite(view: SiteView, access?: SiteAccess): SiteSummary {
  const { health, ...info } = view;
  return { ...info, ...health, ...(access ? { access } : {}) };
}

export function sitesRouter(registry: SiteRegistry): Router {
  const router = Router();
  router.get('/sites', async (_req, res) => {
    const access = await requesterOf(res).access();
    res.json(
      registry.views().map((view) => {
        return summarizeSite(view, access?.get(view.id));
      }),
    );
  });
  router.get('/sites/:site/pods', async (req, res) => {
    const site = requesterOf(res).site(siteParam(req));
    const selector = typeof req.query.selector === 'string' ? req.query.selector : '';
    const includeNotReady = req.query.includeNotReady === 'true';
    res.json({ items: selector ? await site.listPods(selector, includeNotReady) : [] });
  });
  router.get('/sites/:site/workloads', async (req, res) => {
    res.json({ items: await requesterOf(res).site(siteParam(req)).listWorkloads() });
  });
  router.get('/sites/:site/tls-credentials', async (req, res) => {
    res.json({ items: await requesterOf(res).site(siteParam(req)).listTlsCredentials() });
  });
  router.post('/sites/:site/apply', async (req, res) => {
    const site = requesterOf(res).site(siteParam(req));
    if (!site.apply) {
      res.status(400).json({
        error: {
          code: 'BadRequest',
          message: `Site ${site.info.name} applies changes itself; nothing to run.`,
        },
      });
      return;
    }
    res.json(await site.apply());
  });
  return router;
}
