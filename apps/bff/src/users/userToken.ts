// Where a person's Kubernetes bearer token arrives: a header an authenticating proxy sets, or the sign-in cookie.
import type { Request } from 'express';
import { parse as parseCookies } from 'cookie';
import type { SessionAnswer } from '@connector-console/model';

export const USER_COOKIE = 'connector_console_user';
/** oauth2-proxy's header with `--pass-access-token`. */
export const DEFAULT_USER_TOKEN_HEADER = 'X-Forwarded-Access-Token';

/**
 * What a bearer token may look like: printable ASCII without spaces, short enough for a browser cookie (4 KiB). A
 * value that is not one is never sent on, so it can never show up in an HTTP client's error message.
 */
export const TOKEN_PATTERN = /^[\x21-\x7e]{1,4000}$/;

export interface UserToken {
  token: string;
  via: NonNullable<SessionAnswer['via']>;
}

export function userTokenOf(req: Request, proxyHeader: string): UserToken | undefined {
  const offered: [string | undefined, UserToken['via']][] = [
    [req.get(proxyHeader)?.trim(), 'proxy'],
    [/^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1], 'proxy'],
    [parseCookies(req.get('cookie') ?? '')[USER_COOKIE], 'sign-in'],
  ];
  const [token, via] = offered.find(([value]) => value !== undefined && value !== '') ?? [];
  return token !== undefined && via !== undefined && TOKEN_PATTERN.test(token) ? { token, via } : undefined;
}
