// The one error shape every API answer uses: {error: {code, message, details?}}, never a stack trace.
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { HTTP_STATUS, SiteError } from '../sites/errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  details?: unknown,
): void {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  res.status(status).json(body);
}

export function sendSiteError(res: Response, error: SiteError): void {
  sendError(res, HTTP_STATUS[error.code], error.code, error.message, error.details);
}

/** What body-parser and other middleware throw: an Error with an HTTP status and a type. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

const PARSER_ERRORS: Record<string, [number, string, string]> = {
  'entity.too.large': [
    413,
    'PayloadTooLarge',
    'The request body is too large; a connector is at most 1 MiB.',
  ],
  'encoding.unsupported': [415, 'UnsupportedEncoding', 'The body must be UTF-8 text.'],
  'charset.unsupported': [415, 'UnsupportedEncoding', 'The body must be UTF-8 text.'],
  'request.aborted': [400, 'BadRequest', 'The request was aborted before its body arrived.'],
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof SiteError) {
      if (error.code === 'Unavailable')
        log.warn({ path: req.path, message: error.message }, 'site unavailable');
      sendSiteError(res, error);
      return;
    }
    const httpish = error as HttpishError;
    const known = httpish.type ? PARSER_ERRORS[httpish.type] : undefined;
    if (known) {
      sendError(res, known[0], known[1], known[2]);
      return;
    }
    const status = httpish.status ?? httpish.statusCode;
    if (status && status >= 400 && status < 500) {
      sendError(res, status, 'BadRequest', httpish.message ?? 'The request could not be understood.');
      return;
    }
    log.error({ err: error, path: req.path }, 'unexpected error');
    sendError(
      res,
      500,
      'InternalError',
      'The console hit an unexpected error; the server log has the details.',
    );
  };
}
