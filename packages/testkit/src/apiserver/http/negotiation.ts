// Content negotiation: which representation the client's Accept header asks for (object, Table, metadata, YAML).
import { apiErrors } from '../errors/status.ts';

export interface MediaType {
  type: string;
  params: Record<string, string>;
}

export type Representation =
  | { kind: 'object'; format: 'json' | 'yaml' }
  | { kind: 'table'; version: 'v1' | 'v1beta1' }
  | { kind: 'metadata' };

const ACCEPTED = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];

export function parseMediaTypes(header: string | undefined): MediaType[] {
  if (!header) return [];
  return header.split(',').map((entry) => {
    const [type = '', ...params] = entry.split(';').map((part) => part.trim());
    const parsed: Record<string, string> = {};
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq > 0)
        parsed[param.slice(0, eq).trim()] = param
          .slice(eq + 1)
          .trim()
          .replace(/^"|"$/g, '');
    }
    return { type: type.toLowerCase(), params: parsed };
  });
}

const isJsonLike = (type: string) =>
  type === 'application/json' || type === '*/*' || type === 'application/*';

/**
 * The first acceptable entry wins, as in the real server. `as=Table` and `as=PartialObjectMetadata[List]`
 * entries are honoured; protobuf is never chosen, so a client asking only for protobuf gets 406.
 */
export function chooseRepresentation(accept: string | undefined): Representation {
  const types = parseMediaTypes(accept);
  if (types.length === 0) return { kind: 'object', format: 'json' };
  for (const { type, params } of types) {
    if (params.as) {
      if (type !== 'application/json' || params.g !== 'meta.k8s.io') continue;
      if (params.as === 'Table' && (params.v === 'v1' || params.v === 'v1beta1'))
        return { kind: 'table', version: params.v };
      if (params.as.startsWith('PartialObjectMetadata') && params.v === 'v1') return { kind: 'metadata' };
      continue;
    }
    if (isJsonLike(type)) return { kind: 'object', format: 'json' };
    if (type === 'application/yaml') return { kind: 'object', format: 'yaml' };
  }
  throw apiErrors.notAcceptable(ACCEPTED);
}

export function contentTypeOf(representation: Representation): string {
  switch (representation.kind) {
    case 'table':
      return `application/json;as=Table;v=${representation.version};g=meta.k8s.io`;
    case 'metadata':
      return 'application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io';
    case 'object':
      return representation.format === 'yaml' ? 'application/yaml' : 'application/json';
  }
}
