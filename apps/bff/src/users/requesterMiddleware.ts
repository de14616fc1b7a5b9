// Puts a Requester on every API request; in per-user mode a request without a token is asked to sign in.
import type { RequestHandler, Response } from 'express';
import type { SiteRegistry } from '../sites/SiteRegistry.ts';
import { sendError } from '../http/errors.ts';
import { AccessCache } from './AccessCache.ts';
import { sharedRequester, userRequester, type Requester } from './Requester.ts';
import { userTokenOf, type UserToken } from './userToken.ts';

export interface PerUserOptions {
  /** The header an authenticating proxy puts the person's token in. */
  tokenHeader: string;
  access?: AccessCache;
  /** How often an open event stream checks that the person's token and rights still stand. */
  recheckMs?: number;
}

interface Locals {
  requester?: Requester;
  userToken?: UserToken;
}

/** Paths that work before signing in: the session itself. */
const OPEN_PATHS = new Set(['/session']);

export function requesterMiddleware(
  registry: SiteRegistry,
  perUser: PerUserOptions | undefined,
): RequestHandler {
  const shared = sharedRequester(registry);
  const cache = perUser?.access ?? new AccessCache();
  return (req, res, next) => {
    const locals = res.locals as Locals;
    if (!perUser) {
      locals.requester = shared;
      return next();
    }
    // Answers depend on who asks: no shared cache may keep them.
    res.set('Cache-Control', 'no-store');
    const userToken = userTokenOf(req, perUser.tokenHeader);
    if (userToken) {
      locals.userToken = userToken;
      locals.requester = userRequester(registry, userToken.token, cache);
      return next();
    }
    if (OPEN_PATHS.has(req.path)) return next();
    sendError(
      res,
      401,
      'SignInRequired',
      'Sign in with your Kubernetes token: this console acts with each person’s own rights.',
    );
  };
}

export function requesterOf(res: Response): Requester {
  const requester = (res.locals as Locals).requester;
  if (!requester) throw new Error('No requester on this request: requesterMiddleware must run first.');
  return requester;
}

export function userTokenFrom(res: Response): UserToken | undefined {
  return (res.locals as Locals).userToken;
}
