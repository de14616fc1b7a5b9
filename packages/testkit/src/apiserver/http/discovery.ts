// Discovery documents: /version, /api, /apis and per group-version resource lists, legacy and aggregated (v2).
import { discoverableResources, type DiscoverableResource } from './discoverable.ts';
import { parseMediaTypes } from './negotiation.ts';

export const SERVER_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2024-12-11T00:00:00Z',
  goVersion: 'go1.23.3',
  compiler: 'gc',
  platform: 'linux/amd64',
};

const typesOf = (group: string) => discoverableResources().filter((type) => type.group === group);

function versionsOf(group: string): string[] {
  return [...new Set(typesOf(group).map((type) => type.version))];
}

export function groupNames(): string[] {
  return [...new Set(discoverableResources().map((type) => type.group))].filter((group) => group !== '');
}

function groupVersion(group: string, version: string) {
  return { groupVersion: group ? `${group}/${version}` : version, version };
}

export function apiGroup(group: string) {
  const versions = versionsOf(group).map((version) => groupVersion(group, version));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions, preferredVersion: versions[0] };
}

export function apiGroupList() {
  const groups = groupNames().map((group) => {
    const { name, versions, preferredVersion } = apiGroup(group);
    return { name, versions, preferredVersion };
  });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

export function apiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function resourceEntries(type: DiscoverableResource) {
  const entry = {
    name: type.plural,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: [...type.verbs],
    ...(type.shortNames.length > 0 ? { shortNames: [...type.shortNames] } : {}),
    ...(type.categories.length > 0 ? { categories: [...type.categories] } : {}),
  };
  if (!type.statusSubresource) return [entry];
  const status = {
    name: `${type.plural}/status`,
    singularName: '',
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: ['get', 'patch', 'update'],
  };
  return [entry, status];
}

/** Undefined when the group-version is not served (the caller answers 404). */
export function apiResourceList(group: string, version: string) {
  const types = typesOf(group).filter((type) => type.version === version);
  if (types.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupVersion(group, version).groupVersion,
    resources: types.flatMap(resourceEntries),
  };
}

// ---- aggregated discovery (apidiscovery.k8s.io), which kubectl asks for first ----

/** The aggregated discovery version the client asks for, if any. */
export function aggregatedDiscoveryVersion(accept: string | undefined): 'v2' | 'v2beta1' | undefined {
  for (const { type, params } of parseMediaTypes(accept)) {
    if (
      type === 'application/json' &&
      params.g === 'apidiscovery.k8s.io' &&
      params.as === 'APIGroupDiscoveryList'
    ) {
      if (params.v === 'v2' || params.v === 'v2beta1') return params.v;
    }
    if (type === 'application/json' && !params.as) return undefined;
  }
  return undefined;
}

function discoveryResource(type: DiscoverableResource) {
  const responseKind = { group: type.group, version: type.version, kind: type.kind };
  return {
    resource: type.plural,
    responseKind,
    scope: type.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: type.singular,
    verbs: [...type.verbs],
    ...(type.shortNames.length > 0 ? { shortNames: [...type.shortNames] } : {}),
    ...(type.categories.length > 0 ? { categories: [...type.categories] } : {}),
    ...(type.statusSubresource
      ? { subresources: [{ subresource: 'status', responseKind, verbs: ['get', 'patch', 'update'] }] }
      : {}),
  };
}

function groupDiscovery(group: string) {
  return {
    metadata: group ? { name: group, creationTimestamp: null } : { creationTimestamp: null },
    versions: versionsOf(group).map((version) => ({
      version,
      resources: typesOf(group)
        .filter((type) => type.version === version)
        .map(discoveryResource),
      freshness: 'Current',
    })),
  };
}

/** `/api` (core group only) or `/apis` (every named group) in aggregated form. */
export function aggregatedDiscovery(legacy: boolean, version: 'v2' | 'v2beta1') {
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: legacy ? [groupDiscovery('')] : groupNames().map(groupDiscovery),
  };
}

export function aggregatedContentType(version: 'v2' | 'v2beta1'): string {
  return `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
}
