// Writes JSON, YAML and Status answers, with the headers a client of the real server would see.
import type { ServerResponse } from 'node:http';
import { stringify } from 'yaml';
import { ApiError, failure } from '../errors/status.ts';

export function sendJson(
  response: ServerResponse,
  code: number,
  body: unknown,
  contentType = 'application/json',
  warnings: readonly string[] = [],
): void {
  if (response.headersSent || response.destroyed) return;
  const text = contentType === 'application/yaml' ? stringify(body) : `${JSON.stringify(body)}\n`;
  response.statusCode = code;
  response.setHeader('Content-Type', contentType);
  response.setHeader('Cache-Control', 'no-cache, private');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  // Warning headers as the API server sends them (RFC 7234 format, code 299).
  if (warnings.length > 0)
    response.setHeader(
      'Warning',
      warnings.map((text) => `299 - ${JSON.stringify(text)}`),
    );
  response.end(text);
}

export function sendError(response: ServerResponse, error: unknown): void {
  const apiError =
    error instanceof ApiError
      ? error
      : failure(500, `Internal error occurred: ${error instanceof Error ? error.message : String(error)}`);
  if (apiError.code === 429 || apiError.code === 503) response.setHeader('Retry-After', '1');
  sendJson(response, apiError.code, apiError.status);
}
