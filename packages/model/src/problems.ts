// Problems found in a resource: errors block a save, warnings are advice.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Dotted path to the field, e.g. `spec.port` or `metadata.labels.app`; empty for the whole document. */
  path: string;
  message: string;
  /** 1-based position in the YAML text, when the problem came from or was located in a document. */
  line?: number;
  column?: number;
}

export interface ValidationResult {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export function result(errors: Problem[], warnings: Problem[] = []): ValidationResult {
  return { valid: errors.length === 0, errors, warnings };
}
