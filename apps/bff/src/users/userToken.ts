// Where a person's Kubernetes bearer token arrives: a header an authenticating proxy sets, or the sign-in cookie.
import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import type { SessionAnswer } from '@connector-console/model';

export const USER_COOKIE = 'connector_console_user';
/** oauth2-proxy's header with `--pass-access-token`. */
export const DEFAULT_USER_TOKEN_HEADER = 'X-Forwarded-Access-Token';

export interface UserToken {
  token: string;
  via: NonNullable<SessionAnswer['via']>;
}

export function userTokenOf(req: Request, proxyHeader: string): UserToken | undefined {
  const fromProxy = req.get(proxyHeader)?.trim();
  if (fromProxy) return { token: fromProxy, via: 'proxy' };
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
  if (bearer) return { token: bearer, via: 'proxy' };
  const cookie = parseCookies(req.get('cookie') ?? '')[USER_COOKIE];
  if (cookie) return { token: cookie, via: 'sign-in' };
  return undefined;
}
