// Request checks from DESIGN.md's security defaults: same-origin mutations, known body types, optional access token.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parse as parseCookies } from 'cookie';
import helmet from 'helmet';
import { sendError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const JSON_TYPES = ['application/json', 'application/merge-patch+json'];
export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];
export const TOKEN_COOKIE = 'connector_console_token';

/** Browsers say where a request came from; anything cross-site that tries to change state is refused. */
export const sameOriginMutations: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const fetchSite = req.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return sendError(
      res,
      403,
      'CrossOrigin',
      'Changes are accepted only from the console itself (same origin).',
    );
  }
  const origin = req.get('origin');
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    // req.host is the Host header, or X-Forwarded-Host when a trusted proxy (--trust-proxy) forwarded the request.
    if (host === undefined || host !== req.host) {
      return sendError(
        res,
        403,
        'CrossOrigin',
        `Changes are accepted only from the console itself, not from ${origin}.`,
      );
    }
  }
  next();
};

/** Only JSON and YAML bodies change state; HTML forms cannot send these types, which also blocks form-based CSRF. */
export const knownBodyTypes: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || req.method === 'DELETE') return next();
  if (!req.is([...JSON_TYPES, ...YAML_TYPES])) {
    return sendError(
      res,
      415,
      'UnsupportedMediaType',
      `Send the body as application/json or application/yaml, not ${req.get('content-type') ?? 'no content type'}.`,
    );
  }
  next();
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * With a token configured every request must carry it: an `Authorization: Bearer` header, or the cookie set when the
 * person first opens the console through the printed URL with `?token=`.
 */
export function accessToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!token) return next();
    const offered = typeof req.query.token === 'string' ? req.query.token : undefined;
    if (offered !== undefined && !req.path.startsWith('/api/') && sameSecret(offered, token)) {
      res.cookie(TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
      const url = new URL(req.originalUrl, 'http://console.invalid');
      url.searchParams.delete('token');
      return res.redirect(303, url.pathname + url.search);
    }
    const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const cookie = parseCookies(req.get('cookie') ?? '')[TOKEN_COOKIE];
    if ((bearer && sameSecret(bearer, token)) || (cookie && sameSecret(cookie, token))) return next();
    sendError(
      res,
      401,
      'AccessTokenRequired',
      'This console needs its access token: open the URL it printed at start-up, which includes ?token=.',
    );
  };
}

/** Monaco needs inline styles and workers from its own origin (blob: for some browsers); nothing comes from elsewhere. */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      workerSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
});
