// Finds a served resource type by URL (group, version, plural), by kind, or by an object's apiVersion and kind.
import { builtinResourceTypes } from './builtins.ts';
import { skupperResourceTypes } from './crds.ts';
import type { KindName, ResourceType } from './types.ts';

let loaded: readonly ResourceType[] | undefined;

/** Every served type; the CRDs are read once, on first use. */
export function resourceTypes(): readonly ResourceType[] {
  loaded ??= [...skupperResourceTypes(), ...builtinResourceTypes()];
  return loaded;
}

export function findResourceType(group: string, version: string, plural: string): ResourceType | undefined {
  return resourceTypes().find(
    (type) => type.group === group && type.version === version && type.plural === plural,
  );
}

export function resourceTypeOfKind(kind: KindName): ResourceType {
  const type = resourceTypes().find((candidate) => candidate.kind === kind);
  if (!type) throw new Error(`the test server does not serve kind ${kind}`);
  return type;
}

export function resourceTypeOfObject(apiVersion: unknown, kind: unknown): ResourceType | undefined {
  return resourceTypes().find((type) => type.apiVersion === apiVersion && type.kind === kind);
}

export function isKindName(kind: string): kind is KindName {
  return resourceTypes().some((type) => type.kind === kind);
}
