import { describe, expect, it } from 'vitest';
import { describeField, fieldDescriptions } from './field-descriptions.ts';

describe('field help from the CRD', () => {
  it('describes the port field with the CRD text', () => {
    expect(describeField('spec.port')).toBe('The port on the target server to connect to.');
    expect(fieldDescriptions['spec.port']).toBe('The port on the target server to connect to.');
  });

  it('describes every spec field of the CRD', () => {
    const specFields = [
      'routingKey',
      'port',
      'selector',
      'host',
      'tlsCredentials',
      'useClientCert',
      'verifyHostname',
      'type',
      'includeNotReadyPods',
      'exposePodsByName',
      'settings',
    ];
    for (const field of specFields) expect(fieldDescriptions[`spec.${field}`], field).toBeTruthy();
  });

  it('describes metadata fields and the parts of status', () => {
    expect(describeField('metadata.name')).toMatch(/^The name of the resource/);
    expect(describeField('status.hasMatchingListener')).toMatch(/matching routing key/);
    expect(describeField('status.conditions')).toMatch(/Configured/);
  });

  it('describes a label value by its map, and knows nothing of unknown fields', () => {
    expect(describeField('metadata.labels.app')).toBeUndefined();
    expect(describeField('spec.rotingKey')).toBeUndefined();
    expect(describeField('')).toBeUndefined();
  });
});
