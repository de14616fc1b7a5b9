// What a refused write (or dry run) means for the editor: a conflict to resolve, or problems to fix.
import type { Connector, Problem } from '@connector-console/model';
import { ApiRequestError } from '../../api/http.ts';

export type WriteFailure =
  { kind: 'conflict'; current?: Connector } | { kind: 'refused'; message: string; problems: Problem[] };

function isConnector(value: unknown): value is Connector {
  const candidate = value as Partial<Connector> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.kind === 'Connector' &&
    typeof candidate.metadata === 'object' &&
    candidate.metadata !== null
  );
}

function isProblem(value: unknown): value is Problem {
  const candidate = value as Partial<Problem> | null;
  return typeof candidate?.path === 'string' && typeof candidate.message === 'string';
}

export function writeFailure(error: unknown, mode: 'create' | 'edit'): WriteFailure {
  if (!(error instanceof ApiRequestError)) {
    return { kind: 'refused', message: error instanceof Error ? error.message : String(error), problems: [] };
  }
  // A create that meets an existing connector is a name to change, not a version to reconcile.
  if (error.status === 409 && mode === 'edit' && error.code !== 'AlreadyExists') {
    const current = error.details?.current;
    return isConnector(current) ? { kind: 'conflict', current } : { kind: 'conflict' };
  }
  const problems = Array.isArray(error.details?.problems) ? error.details.problems.filter(isProblem) : [];
  return { kind: 'refused', message: error.message, problems };
}
