// meta.k8s.io Table answers for kubectl: column definitions from the type, one row per object.
import type { KubeObject } from '../objects.ts';
import type { ResourceType, TableColumnDefinition } from '../resources/types.ts';

/** The `includeObject` query parameter: what each row carries besides its cells (default Metadata). */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface TableRow {
  cells: unknown[];
  object?: unknown;
}

export interface Table {
  kind: 'Table';
  apiVersion: string;
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

export function partialObjectMetadata(object: KubeObject): unknown {
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata };
}

function rowOf(type: ResourceType, object: KubeObject, includeObject: IncludeObject, now: Date): TableRow {
  const row: TableRow = { cells: type.columns.map((column) => column.cell(object, now)) };
  if (includeObject === 'Object') row.object = object;
  else if (includeObject === 'Metadata') row.object = partialObjectMetadata(object);
  return row;
}

export interface TableOptions {
  version: 'v1' | 'v1beta1';
  includeObject: IncludeObject;
  /** Watch events after the first leave the columns out; kubectl reuses those it already has. */
  withColumns: boolean;
  /** The server's clock, for age cells. */
  now: Date;
  metadata?: Table['metadata'];
}

export function toTable(type: ResourceType, objects: readonly KubeObject[], options: TableOptions): Table {
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: options.metadata ?? {},
    columnDefinitions: options.withColumns ? type.columns.map((column) => column.definition) : [],
    rows: objects.map((object) => rowOf(type, object, options.includeObject, options.now)),
  };
}

export function parseIncludeObject(value: string | null): IncludeObject {
  return value === 'None' || value === 'Object' ? value : 'Metadata';
}
