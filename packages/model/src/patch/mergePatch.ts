// JSON merge patch (RFC 7386): objects merge key by key, null removes a key, anything else replaces.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const base: Record<string, unknown> = isRecord(target) ? target : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (!(key in patch)) result[key] = value;
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null) result[key] = applyMergePatch(base[key], value);
  }
  return result;
}
