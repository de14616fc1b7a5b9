// Route parameters are checked before they reach a file path or a URL.
import type { Request } from 'express';
import { SiteError } from '../sites/errors.ts';

const SITE_ID = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// The widest name any site accepts (a Kubernetes object name); each site applies its own stricter rule too.
const RESOURCE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function param(req: Request, key: string): string {
  const value = req.params[key];
  return typeof value === 'string' ? value : '';
}

export function siteParam(req: Request): string {
  const id = param(req, 'site');
  if (!SITE_ID.test(id) || id.length > 63) throw new SiteError('NotFound', `No site "${id}" is configured.`);
  return id;
}

export function nameParam(req: Request): string {
  const name = param(req, 'name');
  if (!RESOURCE_NAME.test(name) || name.length > 253) {
    throw new SiteError(
      'BadRequest',
      `"${name}" is not a connector name: use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );
  }
  return name;
}
