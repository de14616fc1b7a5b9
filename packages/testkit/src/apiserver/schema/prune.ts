// Drops fields a structural schema does not declare, as the API server prunes custom resources.
import { OBJECT_META_FIELDS as OBJECT_META_FIELD_NAMES } from '@connector-console/model';
import type { JsonObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import type { JsonSchema } from '../resources/types.ts';

const OBJECT_META_FIELDS: ReadonlySet<string> = new Set(OBJECT_META_FIELD_NAMES);

const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * Removes undeclared fields from `object` in place and returns their paths (`spec.foo`), which the
 * server turns into warnings or, with fieldValidation=Strict, into an error.
 */
export function pruneUnknownFields(object: JsonObject, schema: JsonSchema): string[] {
  const pruned: string[] = [];
  const metadata = object.metadata;
  if (isJsonObject(metadata)) {
    for (const key of Object.keys(metadata)) {
      if (!OBJECT_META_FIELDS.has(key)) {
        Reflect.deleteProperty(metadata, key);
        pruned.push(`metadata.${key}`);
      }
    }
  }
  pruneValue(object, schema, '', pruned, ROOT_FIELDS);
  return pruned;
}

function pruneValue(
  value: unknown,
  schema: JsonSchema,
  path: string,
  pruned: string[],
  keep?: Set<string>,
): void {
  if (schema['x-kubernetes-preserve-unknown-fields'] === true) return;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (isJsonObject(items))
      value.forEach((item, index) => pruneValue(item, items, `${path}[${index}]`, pruned));
    return;
  }
  if (!isJsonObject(value)) return;
  const properties = isJsonObject(schema.properties) ? schema.properties : undefined;
  if (schema.additionalProperties === true) return;
  const additional = isJsonObject(schema.additionalProperties) ? schema.additionalProperties : undefined;
  for (const key of Object.keys(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (keep?.has(key)) continue;
    const childSchema = properties?.[key] ?? additional;
    if (isJsonObject(childSchema)) {
      pruneValue(value[key], childSchema, childPath, pruned);
    } else if (properties || schema.type === 'object') {
      Reflect.deleteProperty(value, key);
      pruned.push(childPath);
    }
  }
}
