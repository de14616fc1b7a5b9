// What every handler gets: the exchange, the cluster it addresses, its query, and server-wide settings.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Cluster } from '../cluster.ts';
import { apiErrors } from '../errors/status.ts';
import type { FieldValidation, WriteOptions } from '../store/lifecycle.ts';

export interface ServerSettings {
  /** How often watches with allowWatchBookmarks get a BOOKMARK event. */
  bookmarkIntervalMs: number;
  /** How long a watch without timeoutSeconds stays open. */
  defaultWatchTimeoutSeconds: number;
  /** The server's clock (ages in tables). */
  now: () => Date;
}

export interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  cluster: Cluster;
  query: URLSearchParams;
  settings: ServerSettings;
}

const FIELD_VALIDATIONS: readonly FieldValidation[] = ['Ignore', 'Warn', 'Strict'];

/** dryRun and fieldValidation query parameters, checked like the real server checks them. */
export function writeOptionsOf(
  query: URLSearchParams,
  extraDryRun: unknown = undefined,
): Required<Pick<WriteOptions, 'warnings'>> & WriteOptions {
  const dryRun = [...query.getAll('dryRun'), ...(Array.isArray(extraDryRun) ? extraDryRun.map(String) : [])];
  for (const value of dryRun) {
    if (value !== 'All')
      throw apiErrors.badRequest(`dryRun: Unsupported value: "${value}": supported values: "All"`);
  }
  const fieldValidation = query.get('fieldValidation') ?? 'Warn';
  if (!(FIELD_VALIDATIONS as readonly string[]).includes(fieldValidation)) {
    throw apiErrors.badRequest(
      `fieldValidation: Unsupported value: "${fieldValidation}": supported values: "Ignore", "Strict", "Warn"`,
    );
  }
  return { dryRun: dryRun.length > 0, fieldValidation: fieldValidation as FieldValidation, warnings: [] };
}
