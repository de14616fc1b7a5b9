// Serves Skupper's resources exactly as their verbatim CRDs define them (names, schema, printer columns).
import { parse } from 'yaml';
import { isJsonObject } from '../objects.ts';
import skupperCrds from './skupper-crds.json' with { type: 'json' };
import { crdAgeColumn, nameColumn, printerColumn, type PrinterColumn } from './columns.ts';
import type { JsonSchema, ResourceType } from './types.ts';

interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  schema?: { openAPIV3Schema?: JsonSchema };
  subresources?: { status?: unknown };
  additionalPrinterColumns?: PrinterColumn[];
}

export interface CustomResourceDefinition {
  spec: {
    group: string;
    scope: 'Namespaced' | 'Cluster';
    names: {
      plural: string;
      singular: string;
      kind: string;
      listKind?: string;
      shortNames?: string[];
      categories?: string[];
    };
    versions: CrdVersion[];
  };
}

function isCrd(value: unknown): value is CustomResourceDefinition {
  return isJsonObject(value) && isJsonObject(value.spec) && Array.isArray(value.spec.versions);
}

/**
 * The parts of a CRD the server serves: names, scope, and the served versions with schema, subresources and printer
 * columns. Descriptions are kept, so `kubectl explain` reads as it does on a real cluster.
 */
export function servedCrd(crdText: string): CustomResourceDefinition {
  const crd: unknown = parse(crdText);
  if (!isCrd(crd)) throw new Error('not a CustomResourceDefinition');
  const { group, scope, names, versions } = crd.spec;
  return { spec: { group, scope, names, versions: versions.filter((version) => version.served) } };
}

/** One resource type for the stored (and served) version of a CRD. */
export function resourceTypeFromCrd(crd: unknown): ResourceType {
  if (!isCrd(crd)) throw new Error('not a CustomResourceDefinition');
  const { group, scope, names, versions } = crd.spec;
  const version = versions.find((candidate) => candidate.served && candidate.storage) ?? versions[0];
  if (!version) throw new Error(`CRD ${names.plural}.${group} has no version`);
  const printers = version.additionalPrinterColumns ?? [];
  return {
    group,
    version: version.name,
    apiVersion: `${group}/${version.name}`,
    kind: names.kind,
    listKind: names.listKind ?? `${names.kind}List`,
    plural: names.plural,
    singular: names.singular,
    shortNames: names.shortNames ?? [],
    categories: names.categories ?? [],
    namespaced: scope === 'Namespaced',
    custom: true,
    statusSubresource: version.subresources?.status !== undefined,
    schema: version.schema?.openAPIV3Schema,
    // Age is the default column only for CRDs that declare no printer columns of their own.
    columns: printers.length > 0 ? [nameColumn, ...printers.map(printerColumn)] : [nameColumn, crdAgeColumn],
  };
}

/**
 * Skupper's Connector, Listener and Site CRDs as served, from `skupper-crds.json`: a copy derived from the verbatim CRDs
 * by `npm run schema` (a test keeps it in sync), so the demo network also runs where the reference files are absent.
 */
export function skupperResourceTypes(): ResourceType[] {
  return (skupperCrds as unknown[]).map(resourceTypeFromCrd);
}
