// JSON requests to the BFF; every failure becomes an ApiRequestError with a code and a message people can read.
import type { ApiError } from '@connector-console/model';
import { apiUrl } from './apiBase.ts';

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiError['error']['details'];

  constructor(status: number, code: string, message: string, details?: ApiError['error']['details']) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function isApiError(body: unknown): body is ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch {
    throw new ApiRequestError(
      0,
      'NetworkError',
      'The console server cannot be reached. Check that it is running.',
    );
  }
  const body = await readBody(response);
  if (response.ok) return body as T;
  if (isApiError(body)) {
    throw new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details);
  }
  throw new ApiRequestError(
    response.status,
    `Http${response.status}`,
    `The console server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'),
  );
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 409;
}

/** The server wants a token it accepts: nobody is signed in, or the sign-in is no longer accepted. */
/** A 401 that signing in fixes; the console's own access token (shared mode) is given by its URL instead. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401 && error.code !== 'AccessTokenRequired';
}
