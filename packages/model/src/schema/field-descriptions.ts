// The committed Connector schema, and its descriptions as help text for form fields.
import connectorSchemaJson from './connector.schema.json' with { type: 'json' };
import type { JsonSchema } from './json-schema.ts';

/** The JSON Schema that the YAML editor uses for Connector documents (generated: `npm run schema`). */
export const connectorSchema: JsonSchema = connectorSchemaJson;

function collectDescriptions(node: JsonSchema, path: string, into: Record<string, string>): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path ? `${path}.${name}` : name;
    if (child.description) into[childPath] = child.description;
    collectDescriptions(child, childPath, into);
    if (child.items) collectDescriptions(child.items, childPath, into);
  }
}

function buildFieldDescriptions(): Readonly<Record<string, string>> {
  const descriptions: Record<string, string> = {};
  collectDescriptions(connectorSchema, '', descriptions);
  return Object.freeze(descriptions);
}

/** Help text per field, keyed by dotted path (`spec.routingKey`), taken from the CRD's descriptions. */
export const fieldDescriptions = buildFieldDescriptions();

function childSchema(node: JsonSchema, segment: string): JsonSchema | undefined {
  const named = node.properties?.[segment];
  if (named) return named;
  if (node.items && /^\d+$/.test(segment)) return node.items;
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
}

/**
 * The description of the field at a dotted path, the same path a Problem carries (`spec.port`,
 * `status.conditions.0.reason`, `metadata.labels.app`), or undefined when the schema says nothing about it.
 */
export function describeField(path: string): string | undefined {
  let node: JsonSchema | undefined = connectorSchema;
  for (const segment of path.split('.').filter(Boolean)) {
    node = childSchema(node, segment);
    if (!node) return undefined;
  }
  return node === connectorSchema ? undefined : node.description;
}
