// Turns stored objects and lists into the representation the client negotiated.
import type { KubeObject } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import type { Representation } from './negotiation.ts';
import { partialObjectMetadata, toTable, type IncludeObject } from './table.ts';

export interface ListMetadata {
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

export function renderObject(
  type: ResourceType,
  object: KubeObject,
  representation: Representation,
  includeObject: IncludeObject,
  now: Date,
): unknown {
  switch (representation.kind) {
    case 'table':
      // kubectl watches a single object from the resourceVersion of this table.
      return toTable(type, [object], {
        version: representation.version,
        includeObject,
        withColumns: true,
        now,
        metadata: { resourceVersion: object.metadata.resourceVersion ?? '' },
      });
    case 'metadata':
      return partialObjectMetadata(object);
    case 'object':
      return object;
  }
}

/** Built-in lists are typed on the real server, so their items carry no apiVersion and kind. */
function listItem(type: ResourceType, object: KubeObject): unknown {
  if (type.custom) return object;
  const { apiVersion: _apiVersion, kind: _kind, ...rest } = object;
  return rest;
}

export function renderList(
  type: ResourceType,
  items: readonly KubeObject[],
  metadata: ListMetadata,
  representation: Representation,
  includeObject: IncludeObject,
  now: Date,
): unknown {
  switch (representation.kind) {
    case 'table':
      return toTable(type, items, {
        version: representation.version,
        includeObject,
        withColumns: true,
        now,
        metadata,
      });
    case 'metadata':
      return {
        kind: 'PartialObjectMetadataList',
        apiVersion: 'meta.k8s.io/v1',
        metadata,
        items: items.map(partialObjectMetadata),
      };
    case 'object':
      return {
        apiVersion: type.apiVersion,
        kind: type.listKind,
        metadata,
        items: items.map((item) => listItem(type, item)),
      };
  }
}
