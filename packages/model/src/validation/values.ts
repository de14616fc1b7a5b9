// Shape tests for values parsed from a person's YAML or JSON.

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A missing field and `field:` with no value (null) mean the same: Kubernetes drops nulls before validating. */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}
