// What discovery lists, in one shape: the served resource types and the create-only reviews.
import { resourceTypes } from '../resources/registry.ts';
import { verbsOf, type ResourceType } from '../resources/types.ts';
import { REVIEW_TYPES, type ReviewType } from '../reviews/reviewTypes.ts';

export interface DiscoverableResource {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  verbs: readonly string[];
  shortNames: readonly string[];
  categories: readonly string[];
  /** Whether `<plural>/status` is listed beside the resource. */
  statusSubresource: boolean;
}

function fromResourceType(type: ResourceType): DiscoverableResource {
  const { group, version, kind, plural, singular, namespaced, shortNames, categories } = type;
  const statusSubresource = type.custom && type.statusSubresource;
  const verbs = verbsOf(type);
  return {
    group,
    version,
    kind,
    plural,
    singular,
    namespaced,
    verbs,
    shortNames,
    categories,
    statusSubresource,
  };
}

function fromReviewType({ group, version, kind, plural, singular }: ReviewType): DiscoverableResource {
  return {
    ...{ group, version, kind, plural, singular },
    namespaced: false,
    verbs: ['create'],
    shortNames: [],
    categories: [],
    statusSubresource: false,
  };
}

let listed: readonly DiscoverableResource[] | undefined;

export function discoverableResources(): readonly DiscoverableResource[] {
  listed ??= [...resourceTypes().map(fromResourceType), ...REVIEW_TYPES.map(fromReviewType)];
  return listed;
}
