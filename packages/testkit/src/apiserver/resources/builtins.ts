// The built-in kinds the console reads (core/v1 and apps/v1), with a few of the columns kubectl shows for them.
import type { KubeObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import { ageColumn, column, nameColumn, readJsonPath } from './columns.ts';
import type { ResourceType, TableColumn } from './types.ts';

const read = (object: KubeObject, path: string) => readJsonPath(object, path);
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const int = (value: unknown) => (typeof value === 'number' ? value : 0);

function podReady(pod: KubeObject): string {
  const statuses = read(pod, '.status.containerStatuses');
  const ready = Array.isArray(statuses)
    ? statuses.filter((s) => isJsonObject(s) && s.ready === true).length
    : 0;
  return `${ready}/${count(read(pod, '.spec.containers'))}`;
}

function podRestarts(pod: KubeObject): number {
  const statuses = read(pod, '.status.containerStatuses');
  return Array.isArray(statuses)
    ? statuses.reduce((sum: number, s) => sum + int(isJsonObject(s) ? s.restartCount : 0), 0)
    : 0;
}

function podStatus(pod: KubeObject): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const phase = read(pod, '.status.phase');
  return typeof phase === 'string' ? phase : 'Pending';
}

function selectorText(selector: unknown): string {
  return isJsonObject(selector)
    ? Object.entries(selector)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(',')
    : '<none>';
}

const replicasReady = (object: KubeObject) =>
  `${int(read(object, '.status.readyReplicas'))}/${int(read(object, '.spec.replicas'))}`;

interface BuiltinNames {
  group: string;
  kind: string;
  plural: string;
  shortNames?: string[];
  categories?: string[];
  namespaced?: boolean;
  columns: TableColumn[];
}

function builtin(names: BuiltinNames): ResourceType {
  const version = 'v1';
  return {
    group: names.group,
    version,
    apiVersion: names.group ? `${names.group}/${version}` : version,
    kind: names.kind,
    listKind: `${names.kind}List`,
    plural: names.plural,
    singular: names.kind.toLowerCase(),
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    namespaced: names.namespaced ?? true,
    custom: false,
    statusSubresource: true,
    columns: [nameColumn, ...names.columns],
  };
}

export function builtinResourceTypes(): ResourceType[] {
  return [
    builtin({
      group: '',
      kind: 'Namespace',
      plural: 'namespaces',
      shortNames: ['ns'],
      namespaced: false,
      columns: [column('Status', 'string', (ns) => read(ns, '.status.phase') ?? 'Active'), ageColumn],
    }),
    builtin({
      group: '',
      kind: 'Pod',
      plural: 'pods',
      shortNames: ['po'],
      categories: ['all'],
      columns: [
        column('Ready', 'string', podReady),
        column('Status', 'string', podStatus),
        column('Restarts', 'integer', podRestarts),
        ageColumn,
        column('IP', 'string', (pod) => read(pod, '.status.podIP') ?? '<none>', { priority: 1 }),
        column('Node', 'string', (pod) => read(pod, '.spec.nodeName') ?? '<none>', { priority: 1 }),
      ],
    }),
    builtin({
      group: '',
      kind: 'Service',
      plural: 'services',
      shortNames: ['svc'],
      categories: ['all'],
      columns: [
        column('Type', 'string', (svc) => read(svc, '.spec.type') ?? 'ClusterIP'),
        column('Cluster-IP', 'string', (svc) => read(svc, '.spec.clusterIP') ?? '<none>'),
        ageColumn,
        column('Selector', 'string', (svc) => selectorText(read(svc, '.spec.selector')), { priority: 1 }),
      ],
    }),
    builtin({
      group: '',
      kind: 'Secret',
      plural: 'secrets',
      columns: [column('Type', 'string', (secret) => read(secret, '.type') ?? 'Opaque'), ageColumn],
    }),
    ...(['Deployment', 'StatefulSet', 'DaemonSet'] as const).map((kind) =>
      builtin({
        group: 'apps',
        kind,
        plural: `${kind.toLowerCase()}s`,
        shortNames: [{ Deployment: 'deploy', StatefulSet: 'sts', DaemonSet: 'ds' }[kind]],
        categories: ['all'],
        columns: [
          column('Ready', 'string', replicasReady),
          ageColumn,
          column('Selector', 'string', (o) => selectorText(read(o, '.spec.selector.matchLabels')), {
            priority: 1,
          }),
        ],
      }),
    ),
  ];
}
