// The connector and listener endpoints of DESIGN.md: reads from the index, writes to the site.
import { Router, type Request, type Response } from 'express';
import {
  applyMergePatch,
  validateConnector,
  type Connector,
  checkConnectorText,
} from '@connector-console/model';
import type { ConsoleIndex } from '../../index/ConsoleIndex.ts';
import { SiteError } from '../../sites/errors.ts';
import type { SiteRegistry } from '../../sites/SiteRegistry.ts';
import { bodyText, checkConnectorBody, readPatchBody } from '../connectorBody.ts';
import { nameParam, siteParam } from '../params.ts';
import { readBody } from '../readBody.ts';
import { YAML_TYPES } from '../security.ts';
import { requesterOf } from '../../users/requesterMiddleware.ts';

const isDryRun = (req: Request) => req.query.dryRun === 'true' || req.query.dryRun === 'All';

/** A YAML body is the person's own text: sites that store text keep its comments. */
const yamlSource = (req: Request): { source?: string } =>
  req.is(YAML_TYPES) && typeof req.body === 'string' ? { source: req.body } : {};

export function connectorsRouter(registry: SiteRegistry, index: ConsoleIndex): Router {
  const router = Router();

  /** A site whose resources this request may see; per-user mode asks the person's RBAC. */
  const readableSite = async (req: Request, res: Response) => {
    const backend = registry.site(siteParam(req));
    const requester = requesterOf(res);
    if (!(await requester.readable())(backend.info.id))
      throw new SiteError(
        'Forbidden',
        `You may not list connectors and listeners in site ${backend.info.name}.`,
      );
    return { backend, visible: await requester.visible() };
  };

  /** Everyone's list is the cached JSON; a person who sees only some sites gets their own. */
  const sendList = async (res: Response, kind: 'Connector' | 'Listener') => {
    const visible = await requesterOf(res).visible();
    if (!visible) return void res.type('application/json').send(index.listJson(kind));
    const items = kind === 'Connector' ? index.connectors() : index.listenerItems();
    res.json({ items: items.flatMap((item) => index.asSeenBy(item, visible) ?? []) });
  };

  router.get('/connectors', (_req, res) => sendList(res, 'Connector'));
  router.get('/listeners', (_req, res) => sendList(res, 'Listener'));

  router.get('/sites/:site/site', async (req, res) => {
    const site = (await readableSite(req, res)).backend.info;
    const resource = index.siteResource(site.id);
    if (!resource)
      throw new SiteError(
        'NotFound',
        `Site ${site.name} has no Site resource yet: Skupper is not set up in ${site.namespace}.`,
      );
    res.json(resource);
  });

  router.get('/sites/:site/listeners/:name', async (req, res) => {
    const { backend, visible } = await readableSite(req, res);
    const name = nameParam(req);
    const entry = index.listener(backend.info.id, name, visible);
    if (!entry)
      throw new SiteError('NotFound', `Listener "${name}" was not found in site ${backend.info.name}.`);
    res.json(entry);
  });

  router.get('/sites/:site/connectors/:name', async (req, res) => {
    const { backend, visible } = await readableSite(req, res);
    const name = nameParam(req);
    const entry = index.connector(backend.info.id, name, visible);
    if (!entry)
      throw new SiteError('NotFound', `Connector "${name}" was not found in site ${backend.info.name}.`);
    const source = await backend.readConnectorSource?.(name);
    res.json(source === undefined ? entry : { ...entry, source });
  });

  /** The answer to a write: the object as the site returned it, with matching as the asker may see it now. */
  const answer = async (res: Response, siteId: string, resource: Connector, extra: object) => {
    const visible = await requesterOf(res).visible();
    const current = index.connector(siteId, resource.metadata.name ?? '', visible);
    return { site: siteId, resource, ...(current ? { matching: current.matching } : {}), ...extra };
  };

  router.post('/sites/:site/connectors', readBody, async (req, res) => {
    const site = requesterOf(res).site(siteParam(req));
    const { connector, warnings, notices } = checkConnectorBody(req, site.info);
    const dryRun = isDryRun(req);
    const created = await site.createConnector(connector, { dryRun, ...yamlSource(req) });
    res
      .status(dryRun ? 200 : 201)
      .json(await answer(res, site.info.id, created, { warnings, notices, dryRun }));
  });

  router.put('/sites/:site/connectors/:name', readBody, async (req, res) => {
    const site = requesterOf(res).site(siteParam(req));
    const name = nameParam(req);
    const { connector, warnings, notices } = checkConnectorBody(req, site.info);
    if (connector.metadata.name !== name) {
      throw new SiteError(
        'BadRequest',
        `metadata.name "${connector.metadata.name ?? ''}" does not match "${name}" in the URL; renaming is not possible, create a new connector instead.`,
      );
    }
    if (!connector.metadata.resourceVersion) {
      throw new SiteError(
        'BadRequest',
        'metadata.resourceVersion is required, so that a change made since you loaded the connector is never overwritten.',
      );
    }
    const dryRun = isDryRun(req);
    const replaced = await site.replaceConnector(name, connector, { dryRun, ...yamlSource(req) });
    res.json(await answer(res, site.info.id, replaced, { warnings, notices, dryRun }));
  });

  router.patch('/sites/:site/connectors/:name', readBody, async (req, res) => {
    // The patch is checked against the index's copy: only for someone who may see it.
    await readableSite(req, res);
    const site = requesterOf(res).site(siteParam(req));
    const name = nameParam(req);
    const patch = readPatchBody(req);
    const current = index.connector(site.info.id, name);
    if (!current)
      throw new SiteError('NotFound', `Connector "${name}" was not found in site ${site.info.name}.`);
    const { status: _status, ...stored } = current.resource;
    const merged = applyMergePatch(stored, patch);
    const validation = validateConnector(merged, {
      platform: site.info.platform,
      namespace: site.info.namespace,
    });
    if (!validation.valid) {
      throw new SiteError(
        'Invalid',
        `The patched connector would not be valid: ${validation.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        {
          problems: validation.errors,
        },
      );
    }
    const dryRun = isDryRun(req);
    const patched = await site.patchConnector(name, patch, { dryRun });
    res.json(
      await answer(res, site.info.id, patched, { warnings: validation.warnings, notices: [], dryRun }),
    );
  });

  router.delete('/sites/:site/connectors/:name', async (req, res) => {
    const site = requesterOf(res).site(siteParam(req));
    const name = nameParam(req);
    const resourceVersion =
      typeof req.query.resourceVersion === 'string' ? req.query.resourceVersion : undefined;
    await site.deleteConnector(name, resourceVersion ? { resourceVersion } : {});
    res.json({ site: site.info.id, name, deleted: true });
  });

  router.post('/validate', readBody, (req, res) => {
    const siteId = typeof req.query.site === 'string' ? req.query.site : '';
    if (!siteId)
      throw new SiteError('BadRequest', 'Say which site the connector is for: /api/validate?site=<site id>.');
    const site = registry.site(siteId).info;
    const check = checkConnectorText(bodyText(req), { platform: site.platform, namespace: site.namespace });
    res.json({ ...check.problems, notices: check.notices });
  });

  return router;
}
