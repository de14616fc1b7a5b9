// Errors from a site as values with a code, a message for people, and the detail an API client needs.
import type { Problem } from '@connector-console/model';

export type SiteErrorCode =
  | 'BadRequest'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'Unauthorized'
  | 'Forbidden'
  | 'Unavailable'
  | 'Unsupported';

export const HTTP_STATUS: Record<SiteErrorCode, number> = {
  BadRequest: 400,
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  Invalid: 422,
  Unauthorized: 401,
  Forbidden: 403,
  Unavailable: 503,
  Unsupported: 400,
};

export interface SiteErrorDetails {
  /** Field problems, for Invalid. */
  problems?: Problem[];
  /** The object as it is now, for Conflict. */
  current?: unknown;
  [key: string]: unknown;
}

export class SiteError extends Error {
  readonly code: SiteErrorCode;
  readonly details: SiteErrorDetails | undefined;

  constructor(code: SiteErrorCode, message: string, details?: SiteErrorDetails) {
    super(message);
    this.name = 'SiteError';
    this.code = code;
    this.details = details;
  }
}
