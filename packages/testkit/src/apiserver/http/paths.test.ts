import { describe, expect, it } from 'vitest';
import { parseApiPath } from './paths.ts';

const resource = (path: string) => {
  const parsed = parseApiPath(path);
  return parsed.kind === 'resource'
    ? {
        plural: parsed.resource.type.plural,
        namespace: parsed.resource.namespace,
        name: parsed.resource.name,
        subresource: parsed.resource.subresource,
      }
    : parsed.kind;
};

describe('parseApiPath', () => {
  it('reads namespaced collections, objects and subresources', () => {
    expect(resource('/apis/skupper.io/v2alpha1/namespaces/east/connectors')).toEqual({
      plural: 'connectors',
      namespace: 'east',
      name: undefined,
      subresource: undefined,
    });
    expect(resource('/apis/skupper.io/v2alpha1/namespaces/east/connectors/backend/status')).toEqual({
      plural: 'connectors',
      namespace: 'east',
      name: 'backend',
      subresource: 'status',
    });
  });

  it('reads cluster-wide lists and cluster-scoped objects', () => {
    expect(resource('/apis/skupper.io/v2alpha1/connectors')).toEqual({
      plural: 'connectors',
      namespace: undefined,
      name: undefined,
      subresource: undefined,
    });
    expect(resource('/api/v1/namespaces/east')).toEqual({
      plural: 'namespaces',
      namespace: undefined,
      name: 'east',
      subresource: undefined,
    });
  });

  it('tells discovery documents from unknown paths', () => {
    expect(parseApiPath('/apis/skupper.io/v2alpha1')).toEqual({
      kind: 'discovery',
      group: 'skupper.io',
      version: 'v2alpha1',
      legacy: false,
    });
    expect(parseApiPath('/api')).toEqual({ kind: 'discovery', version: undefined, legacy: true });
    expect(resource('/apis/skupper.io/v2alpha1/namespaces/east/widgets')).toBe('other');
    expect(resource('/apis/skupper.io/v2alpha1/connectors/backend')).toBe('other');
  });
});
