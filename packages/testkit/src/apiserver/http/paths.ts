// Parses API paths inside a cluster prefix: discovery documents, reviews and resource URLs (namespaced or not).
import { findResourceType } from '../resources/registry.ts';
import type { ResourceType } from '../resources/types.ts';
import { findReviewType, type ReviewType } from '../reviews/reviewTypes.ts';

export interface ResourcePath {
  type: ResourceType;
  /** The namespace in the URL; undefined for cluster-scoped types and cluster-wide lists. */
  namespace?: string;
  name?: string;
  subresource?: string;
}

export type ApiPath =
  | { kind: 'resource'; resource: ResourcePath }
  | { kind: 'discovery'; group?: string; version?: string; legacy: boolean }
  | { kind: 'review'; review: ReviewType }
  | { kind: 'other'; path: string };

/** `/api/v1/...` or `/apis/<group>/<version>/...`, split into group, version and the rest. */
function splitGroupVersion(
  segments: string[],
): { group: string; version?: string; rest: string[]; legacy: boolean } | undefined {
  if (segments[0] === 'api')
    return { group: '', version: segments[1], rest: segments.slice(2), legacy: true };
  if (segments[0] === 'apis')
    return { group: segments[1] ?? '', version: segments[2], rest: segments.slice(3), legacy: false };
  return undefined;
}

export function parseApiPath(pathname: string): ApiPath {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent);
  const split = splitGroupVersion(segments);
  if (!split) return { kind: 'other', path: pathname };
  const { group, version, rest, legacy } = split;
  if (version === undefined || rest.length === 0) {
    return legacy
      ? { kind: 'discovery', version, legacy }
      : { kind: 'discovery', group: group || undefined, version, legacy };
  }
  const review = rest.length === 1 ? findReviewType(group, version, rest[0] ?? '') : undefined;
  if (review) return { kind: 'review', review };
  const resource = resourceOf(group, version, rest);
  return resource ? { kind: 'resource', resource } : { kind: 'other', path: pathname };
}

function resourceOf(group: string, version: string, rest: string[]): ResourcePath | undefined {
  const [first, second, third, fourth, fifth, ...extra] = rest;
  if (extra.length > 0 || first === undefined) return undefined;
  // namespaces/<ns>/<resource>[/<name>[/<subresource>]], unless <ns> is followed by a Namespace subresource.
  if (
    first === 'namespaces' &&
    second !== undefined &&
    third !== undefined &&
    third !== 'status' &&
    third !== 'finalize'
  ) {
    const type = findResourceType(group, version, third);
    if (!type?.namespaced) return undefined;
    return withOptional({ type, namespace: second }, fourth, fifth);
  }
  const type = findResourceType(group, version, first);
  if (!type) return undefined;
  if (type.namespaced) return second === undefined ? { type } : undefined;
  if (fourth !== undefined) return undefined;
  return withOptional({ type }, second, third);
}

function withOptional(
  path: ResourcePath,
  name: string | undefined,
  subresource: string | undefined,
): ResourcePath {
  if (name !== undefined) path.name = name;
  if (subresource !== undefined) path.subresource = subresource;
  return path;
}
