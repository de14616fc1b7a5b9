// Decodes a review body as the API server decodes a built-in kind: 400 for what its JSON decoder refuses.
import { apiErrors, type ApiError } from '../errors/status.ts';
import { isJsonObject, type JsonObject } from '../objects.ts';
import type { ReviewType } from './reviewTypes.ts';

function jsonTypeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function cannotDecode(type: ReviewType, detail: string): ApiError {
  return apiErrors.badRequest(
    `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: ${detail}`,
  );
}

/** Where a field sits, for Go's wording: the struct that holds it and its dotted path. */
export interface FieldPlace {
  struct: string;
  field: string;
}

/** The top-level object, with apiVersion and kind defaulted from the URL and checked against it. */
export function decodeReviewBody(type: ReviewType, body: unknown): JsonObject {
  if (!isJsonObject(body))
    throw cannotDecode(
      type,
      `json: cannot unmarshal ${jsonTypeOf(body)} into Go value of type ${type.version}.${type.kind}`,
    );
  // Absent or empty, they are taken from the URL, as the server's decoder defaults them.
  const apiVersion = body.apiVersion || type.apiVersion;
  const kind = body.kind || type.kind;
  if (apiVersion !== type.apiVersion) {
    throw apiErrors.badRequest(
      `the API version in the data (${String(apiVersion)}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (kind !== type.kind)
    throw apiErrors.badRequest(
      `the kind in the data (${String(kind)}) does not match the expected kind (${type.kind})`,
    );
  return body;
}

/** A nested object; undefined when absent or null, as Go leaves a nil pointer. */
export function decodeObject(
  type: ReviewType,
  value: unknown,
  place: FieldPlace,
  goType: string,
): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (isJsonObject(value)) return value;
  throw cannotDecode(
    type,
    `json: cannot unmarshal ${jsonTypeOf(value)} into Go struct field ${place.struct}.${place.field} of type ${goType}`,
  );
}

/** A string field; undefined when absent, null or empty, as `omitempty` drops it from the answer. */
export function decodeString(type: ReviewType, value: unknown, place: FieldPlace): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  throw cannotDecode(
    type,
    `json: cannot unmarshal ${jsonTypeOf(value)} into Go struct field ${place.struct}.${place.field} of type string`,
  );
}
