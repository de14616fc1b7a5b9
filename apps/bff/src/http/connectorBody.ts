// Turns a request body (JSON or YAML) into a checked Connector, or a 400/422 that names every problem.
import type { Request } from 'express';
import {
  checkConnectorText,
  parseYamlDocument,
  toValue,
  type Connector,
  type LocatedNotice,
  type Problem,
} from '@connector-console/model';
import { SiteError } from '../sites/errors.ts';
import type { SiteInfo } from '../sites/types.ts';

export interface CheckedConnector {
  connector: Connector;
  warnings: Problem[];
  notices: LocatedNotice[];
}

export function bodyText(req: Request): string {
  const text: unknown = req.body;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new SiteError('BadRequest', 'The request has no body; send the connector as JSON or YAML.');
  }
  if (req.is('application/json') || req.is('application/merge-patch+json')) {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new SiteError('BadRequest', `The body is not valid JSON: ${(error as Error).message}`);
    }
  }
  return text;
}

export function checkConnectorBody(req: Request, site: SiteInfo): CheckedConnector {
  const check = checkConnectorText(bodyText(req), { platform: site.platform, namespace: site.namespace });
  if (!check.doc || check.value === undefined) {
    const first = check.problems.errors[0];
    throw new SiteError(
      'BadRequest',
      first ? describe(first) : 'The body could not be read as a connector.',
      {
        problems: check.problems.errors,
      },
    );
  }
  if (!check.problems.valid) {
    throw new SiteError(
      'Invalid',
      `The connector is not valid: ${check.problems.errors.map(describe).join('; ')}`,
      {
        problems: check.problems.errors,
        warnings: check.problems.warnings,
        notices: check.notices,
      },
    );
  }
  return { connector: check.value as Connector, warnings: check.problems.warnings, notices: check.notices };
}

/** A merge patch is any mapping; it is checked as part of the object it produces. */
export function readPatchBody(req: Request): Record<string, unknown> {
  const parsed = parseYamlDocument(bodyText(req));
  const value = parsed.doc ? toValue(parsed.doc) : undefined;
  if (!parsed.doc || typeof value !== 'object' || value === null || Array.isArray(value)) {
    const first = parsed.problems[0];
    throw new SiteError(
      'BadRequest',
      first ? describe(first) : 'A merge patch must be a mapping of fields to change.',
      {
        problems: parsed.problems,
      },
    );
  }
  return value as Record<string, unknown>;
}

function describe(problem: Problem): string {
  const where = problem.line ? ` (line ${problem.line})` : '';
  return problem.path ? `${problem.path}${where}: ${problem.message}` : `${problem.message}${where}`;
}
