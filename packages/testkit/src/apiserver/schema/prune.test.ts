import { describe, expect, it } from 'vitest';
import { resourceTypeOfKind } from '../resources/registry.ts';
import { pruneUnknownFields } from './prune.ts';

describe('pruneUnknownFields', () => {
  it('drops fields the CRD does not declare and reports their paths', () => {
    const schema = resourceTypeOfKind('Connector').schema ?? {};
    const object = {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'c', labels: { a: 'b' }, colour: 'blue' },
      spec: { routingKey: 'k', port: 1, host: 'h', tlsSecret: 'old', settings: { anything: 'goes' } },
      extra: true,
    };
    expect(pruneUnknownFields(object, schema).sort()).toEqual(['extra', 'metadata.colour', 'spec.tlsSecret']);
    expect(object).toEqual({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'c', labels: { a: 'b' } },
      spec: { routingKey: 'k', port: 1, host: 'h', settings: { anything: 'goes' } },
    });
  });
});
