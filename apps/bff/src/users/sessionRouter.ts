// GET/POST/DELETE /api/session: the authentication mode, who is signed in, and the sign-in cookie.
import { Router, type Request, type Response } from 'express';
import type { SessionAnswer } from '@connector-console/model';
import { SiteError } from '../sites/errors.ts';
import type { SiteRegistry } from '../sites/SiteRegistry.ts';
import { readBody } from '../http/readBody.ts';
import { userTokenFrom } from './requesterMiddleware.ts';
import { TOKEN_PATTERN, USER_COOKIE } from './userToken.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The cookie holds a Kubernetes token: it is Secure except on a loopback address (a port-forward or a local run),
 * where the console speaks plain HTTP. Anywhere else people reach the console over HTTPS (an Ingress or proxy that
 * ends TLS), or their browser drops the cookie.
 */
const cookieOptions = (req: Request) =>
  ({
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure || !LOOPBACK_NAMES.has(req.hostname),
    path: '/',
  }) as const;

/** The first Kubernetes site that accepts the token names its user; none accepting means a token not worth keeping. */
async function whoAmI(registry: SiteRegistry, token: string): Promise<string> {
  let lastError: SiteError | undefined;
  for (const view of registry.views()) {
    const user = registry.site(view.id).asUser?.(token);
    if (!user) continue;
    try {
      return (await user.whoAmI()) ?? '';
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      // Clusters before Kubernetes 1.28 have no SelfSubjectReview: an access review still proves the token works.
      if (error.code === 'NotFound') return user.access().then(() => '');
      lastError = error;
    }
  }
  if (lastError === undefined || lastError.code === 'Unauthorized')
    throw new SiteError(
      'Unauthorized',
      'No site accepted this token: check that it is current and complete.',
    );
  throw lastError;
}

function tokenOf(req: Request): string {
  let body: unknown;
  try {
    body = typeof req.body === 'string' ? JSON.parse(req.body) : undefined;
  } catch {
    body = undefined;
  }
  const token = (body as { token?: unknown } | undefined)?.token;
  const text = typeof token === 'string' ? token.trim() : '';
  if (TOKEN_PATTERN.test(text)) return text;
  const message = 'Paste a Kubernetes bearer token: printable characters without spaces, at most 4000.';
  throw new SiteError('Invalid', `token: ${message}`, { problems: [{ path: 'token', message }] });
}

export function sessionRouter(registry: SiteRegistry, perUser: boolean): Router {
  const router = Router();
  router.get('/session', async (_req, res: Response) => {
    if (!perUser) return void res.json({ mode: 'shared', signedIn: true } satisfies SessionAnswer);
    const offered = userTokenFrom(res);
    if (!offered) return void res.json({ mode: 'per-user', signedIn: false } satisfies SessionAnswer);
    const user = await whoAmI(registry, offered.token);
    res.json({
      mode: 'per-user',
      signedIn: true,
      via: offered.via,
      ...(user ? { user } : {}),
    } satisfies SessionAnswer);
  });
  router.post('/session', readBody, async (req, res) => {
    if (!perUser)
      throw new SiteError(
        'BadRequest',
        'This console uses its own credentials; there is nothing to sign in to.',
      );
    const token = tokenOf(req);
    const user = await whoAmI(registry, token);
    // The browser keeps the token for this session only; the console keeps nothing.
    res.cookie(USER_COOKIE, token, cookieOptions(req));
    res.json({
      mode: 'per-user',
      signedIn: true,
      via: 'sign-in',
      ...(user ? { user } : {}),
    } satisfies SessionAnswer);
  });
  router.delete('/session', (req, res) => {
    res.clearCookie(USER_COOKIE, cookieOptions(req));
    res.json({ mode: perUser ? 'per-user' : 'shared', signedIn: false } satisfies SessionAnswer);
  });
  return router;
}
