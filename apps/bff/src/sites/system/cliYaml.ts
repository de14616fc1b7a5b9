// Serializes a new resource file the way `skupper connector create` writes one on a local site.
//
// What the CLI does (skupper v2, internal/nonkube/client/fs and internal/cmd/skupper/common/utils):
// it builds the typed resource, encodes it with sigs.k8s.io/yaml (JSON tags, then Go's yaml.v2 encoder),
// decodes that into a generic map, drops every empty value (null, "", 0, false, empty maps and lists,
// so `creationTimestamp: null` and `status: {}` never appear), and encodes the map again. The result has
// keys sorted in yaml.v2's natural order at every level, two-space indentation, list items level with
// their parent key, plain scalars where possible, double quotes for strings that would read as another
// type ("8080", "true", "yes"), single quotes where a plain scalar is not allowed. It writes
// `input/resources/Connector-<name>.yaml` with `metadata.namespace` set, `spec.type` from the `--type`
// flag (default tcp), and the routing key defaulting to the connector name.
//
// Known difference: yaml.v2 folds plain text containing spaces past column 80; this writer never folds.
import { Document, isScalar, visit } from 'yaml';
import { compareGoYamlKeys, goYamlStringStyle } from './goYamlStyle.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** Drops empty values from maps, recursing into maps only, as the CLI's clean-up step does. */
export function withoutEmptyValues(map: Record<string, unknown>): Record<string, unknown> {
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    if (isEmptyValue(value)) continue;
    cleaned[key] = isPlainObject(value) ? withoutEmptyValues(value) : value;
  }
  return cleaned;
}

function inGoKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inGoKeyOrder);
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value).sort(compareGoYamlKeys);
  return new Map(keys.map((key) => [key, inGoKeyOrder(value[key])]));
}

/** The bytes the skupper CLI would write for this resource. */
export function cliYaml(resource: Record<string, unknown>): string {
  const doc = new Document(inGoKeyOrder(withoutEmptyValues(resource)));
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string') node.type = goYamlStringStyle(node.value);
    },
  });
  return doc.toString({ indent: 2, indentSeq: false, lineWidth: 0 });
}
