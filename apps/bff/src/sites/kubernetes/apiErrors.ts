// Turns what @kubernetes/client-node throws into SiteErrors a person can act on.
import { ApiException } from '@kubernetes/client-node';
import type { Problem } from '@connector-console/model';
import { SiteError } from '../errors.ts';

interface StatusCause {
  field?: string;
  message?: string;
  reason?: string;
}

interface StatusBody {
  kind?: string;
  message?: string;
  reason?: string;
  details?: { causes?: StatusCause[] };
}

function parseStatus(body: unknown): StatusBody {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as StatusBody;
    } catch {
      return { message: body };
    }
  }
  return (body ?? {}) as StatusBody;
}

function causesToProblems(causes: StatusCause[] | undefined): Problem[] {
  return (causes ?? []).map((cause) => ({
    path: (cause.field ?? '').replace(/^\./, ''),
    message: cause.message ?? cause.reason ?? 'Invalid value',
  }));
}

function networkReason(error: Error & { code?: unknown }): string {
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ENOTFOUND') return 'host not found';
  if (code === 'ETIMEDOUT') return 'timed out';
  // A request that could not even be built (a TypeError from fetch) may quote its headers, credentials included.
  if (error instanceof TypeError) return 'the request could not be made';
  return error.message;
}

/** `what` names the operation for the message, e.g. `create connector "backend"`. */
export function toSiteError(error: unknown, what: string, site: string): SiteError {
  if (error instanceof SiteError) return error;
  if (error instanceof ApiException) {
    const status = parseStatus(error.body);
    const message = status.message ?? `Kubernetes answered ${error.code}`;
    switch (error.code) {
      case 400:
        return new SiteError('BadRequest', message);
      case 401:
        return new SiteError('Unauthorized', `Site ${site} did not accept the credentials: ${message}`);
      case 403:
        return new SiteError('Forbidden', `You may not ${what} in site ${site}: ${message}`);
      case 404:
        return new SiteError('NotFound', message);
      case 409:
        return status.reason === 'AlreadyExists'
          ? new SiteError('AlreadyExists', message)
          : new SiteError('Conflict', message);
      case 415:
        return new SiteError('Unsupported', message);
      case 422:
        return new SiteError('Invalid', message, { problems: causesToProblems(status.details?.causes) });
      default:
        return new SiteError('Unavailable', `Site ${site} could not ${what}: ${message}`);
    }
  }
  if (error instanceof Error) {
    return new SiteError('Unavailable', `Site ${site} is unreachable: ${networkReason(error)}`);
  }
  return new SiteError('Unavailable', `Site ${site} could not ${what}.`);
}
