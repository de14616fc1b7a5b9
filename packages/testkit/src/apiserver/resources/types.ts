// What the server knows about each resource it serves: names, scope, writability, schema and table columns.
import type { GroupResource } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';

export interface TableColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

export interface TableColumn {
  definition: TableColumnDefinition;
  /** The cell as the server sends it; ages are computed against `now`, as the real server does. */
  cell(object: KubeObject, now: Date): unknown;
}

/** An OpenAPI v3 schema as a CRD carries it (`openAPIV3Schema`). */
export type JsonSchema = Record<string, unknown>;

export interface ResourceType {
  group: string;
  version: string;
  apiVersion: string;
  kind: string;
  listKind: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  categories: readonly string[];
  namespaced: boolean;
  /** Custom resources take every write; built-in kinds are served read-only and seeded through the store. */
  custom: boolean;
  statusSubresource: boolean;
  schema?: JsonSchema;
  columns: readonly TableColumn[];
}

/** The kinds the server serves, as the programmatic store API names them. */
export type KindName =
  | 'Connector'
  | 'Listener'
  | 'Site'
  | 'Namespace'
  | 'Pod'
  | 'Service'
  | 'Secret'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet';

export function groupResourceOf(type: ResourceType): GroupResource {
  return { group: type.group, resource: type.plural };
}

export function verbsOf(type: ResourceType): string[] {
  return type.custom
    ? ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch']
    : ['get', 'list', 'watch'];
}
