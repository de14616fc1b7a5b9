// Turns a Kubernetes CRD's OpenAPI v3 structural schema into JSON Schema draft-07, which editors understand.
import type { JsonSchema } from './json-schema.ts';

/** Formats that draft-07 defines; OpenAPI's own (int32, int64, byte...) would make strict validators refuse the schema. */
const DRAFT_07_FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);

/** Keywords whose value means the same in both dialects and is copied as it is. */
const COPIED_KEYWORDS = new Set([
  'title',
  'description',
  'type',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'enum',
  'default',
  'required',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convertMap(value: unknown): Record<string, JsonSchema> {
  const converted: Record<string, JsonSchema> = {};
  if (isRecord(value)) {
    for (const [name, child] of Object.entries(value)) converted[name] = openApiToJsonSchema(child);
  }
  return converted;
}

function convertList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.map(openApiToJsonSchema) : [];
}

/**
 * Converts one OpenAPI v3 schema node, recursively. Descriptions and key order are kept; Kubernetes
 * extensions (`x-kubernetes-*`) and OpenAPI-only keywords are dropped or rewritten into draft-07 terms.
 */
export function openApiToJsonSchema(node: unknown): JsonSchema {
  if (!isRecord(node)) return {};
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (COPIED_KEYWORDS.has(keyword)) out[keyword] = value;
    else if (keyword === 'format' && typeof value === 'string' && DRAFT_07_FORMATS.has(value))
      out.format = value;
    else if (keyword === 'properties') out.properties = convertMap(value);
    else if (keyword === 'items' || keyword === 'not') out[keyword] = openApiToJsonSchema(value);
    else if (keyword === 'additionalProperties')
      out.additionalProperties = typeof value === 'boolean' ? value : openApiToJsonSchema(value);
    else if (keyword === 'oneOf' || keyword === 'anyOf' || keyword === 'allOf')
      out[keyword] = convertList(value);
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; draft-07 writes the bound itself.
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  if (node['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string'];
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out as JsonSchema;
}

export class CrdSchemaError extends Error {
  readonly code = 'crd-schema-missing';
}

/** The OpenAPI v3 schema that a CRD declares for one served version. */
export function crdVersionSchema(crd: unknown, version: string): unknown {
  const versions = isRecord(crd) && isRecord(crd.spec) ? crd.spec.versions : undefined;
  const entry = Array.isArray(versions)
    ? versions.find((candidate: unknown) => isRecord(candidate) && candidate.name === version)
    : undefined;
  const schema: unknown =
    isRecord(entry) && isRecord(entry.schema) ? entry.schema.openAPIV3Schema : undefined;
  if (!isRecord(schema)) {
    throw new CrdSchemaError(`The CRD has no openAPIV3Schema for version ${version}.`);
  }
  return schema;
}
