import { describe, expect, it } from 'vitest';
import { CONNECTOR_FIELDS, CONNECTOR_SPEC_FIELDS, OBJECT_META_FIELDS } from './rules.ts';
import { nearestKnownField } from './unknownFields.ts';

describe('nearestKnownField', () => {
  it.each<[string, readonly string[], string]>([
    ['rotingKey', CONNECTOR_SPEC_FIELDS, 'routingKey'],
    ['routingkey', CONNECTOR_SPEC_FIELDS, 'routingKey'],
    ['prot', CONNECTOR_SPEC_FIELDS, 'port'],
    ['hots', CONNECTOR_SPEC_FIELDS, 'host'],
    ['selectr', CONNECTOR_SPEC_FIELDS, 'selector'],
    ['tlsCredential', CONNECTOR_SPEC_FIELDS, 'tlsCredentials'],
    ['includeNotReadyPod', CONNECTOR_SPEC_FIELDS, 'includeNotReadyPods'],
    ['setting', CONNECTOR_SPEC_FIELDS, 'settings'],
    ['sepc', CONNECTOR_FIELDS, 'spec'],
    ['apiversion', CONNECTOR_FIELDS, 'apiVersion'],
    ['label', OBJECT_META_FIELDS, 'labels'],
    ['nmae', OBJECT_META_FIELDS, 'name'],
  ])('suggests for the misspelled field %j the known field %j', (field, known, suggestion) => {
    expect(nearestKnownField(field, known)).toBe(suggestion);
  });

  it.each(['replicas', 'foo', 'tlsSecret', 'selectorLabels'])(
    'suggests nothing for %j, which is no slip from any spec field',
    (field) => {
      expect(nearestKnownField(field, CONNECTOR_SPEC_FIELDS)).toBeUndefined();
    },
  );
});
