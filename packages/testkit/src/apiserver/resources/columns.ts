// Table columns (meta.k8s.io/v1 Table) described as data: the Name column, Age, and CRD printer columns.
import type { KubeObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import { ageOf } from './humanDuration.ts';
import type { TableColumn, TableColumnDefinition } from './types.ts';

const NAME_DESCRIPTION =
  'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names';

const AGE_DESCRIPTION =
  'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.';

export function column(
  name: string,
  type: string,
  cell: (object: KubeObject, now: Date) => unknown,
  extra: Partial<TableColumnDefinition> = {},
): TableColumn {
  return { definition: { name, type, format: '', description: '', priority: 0, ...extra }, cell };
}

export const nameColumn = column('Name', 'string', (object) => object.metadata.name ?? '', {
  format: 'name',
  description: NAME_DESCRIPTION,
});

/** Built-in printers send the age as text (`5m`), computed by the server. */
export const ageColumn = column(
  'Age',
  'string',
  (object, now) => ageOf(object.metadata.creationTimestamp, now),
  {
    description: AGE_DESCRIPTION,
  },
);

/** What a CRD without printer columns gets: Age as a `date` column over the creation timestamp. */
export const crdAgeColumn = printerColumn({
  name: 'Age',
  type: 'date',
  jsonPath: '.metadata.creationTimestamp',
  description: AGE_DESCRIPTION,
});

/**
 * Reads a printer column's JSONPath (`.spec.port`, `.status.conditions[0].type`). The CRDs served here
 * only use simple paths, so filters and wildcards are not supported.
 */
export function readJsonPath(object: unknown, jsonPath: string): unknown {
  const steps = jsonPath.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let current: unknown = object;
  for (const step of steps) {
    if (step.startsWith('[')) {
      const index = Number(step.slice(1, -1));
      current = Array.isArray(current) ? current[index] : undefined;
    } else {
      current = isJsonObject(current) ? current[step] : undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

export interface PrinterColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

/**
 * A cell as the CRD table convertor makes it: missing or mistyped values become null (an empty cell in
 * kubectl), string columns print any value as text, date columns become ages.
 */
function printerCell(type: string, value: unknown, now: Date): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' ? ageOf(value, now) : null;
    default:
      return null;
  }
}

export function printerColumn(printer: PrinterColumn): TableColumn {
  return column(
    printer.name,
    printer.type,
    (object, now) => printerCell(printer.type, readJsonPath(object, printer.jsonPath), now),
    {
      format: printer.format ?? '',
      description:
        printer.description ?? `Custom resource definition column (in JSONPath format): ${printer.jsonPath}`,
      priority: printer.priority ?? 0,
    },
  );
}
