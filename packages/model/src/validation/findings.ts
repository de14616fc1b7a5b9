// Collects the errors and warnings of one validation run, so every problem is reported at once.
import { result, type Problem, type ValidationResult } from '../problems.ts';

export class Findings {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  /** Records an error when a field validator returned a message; `undefined` means the field is fine. */
  error(path: string, message: string | undefined): void {
    if (message !== undefined) this.errors.push({ path, message });
  }

  warning(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  toResult(): ValidationResult {
    return result(this.errors, this.warnings);
  }
}

export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}
