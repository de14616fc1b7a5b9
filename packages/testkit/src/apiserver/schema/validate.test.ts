import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../objects.ts';
import { resourceTypeOfKind } from '../resources/registry.ts';
import { fieldPath, validateAgainstSchema } from './validate.ts';

const listener = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Listener',
  metadata: { name: 'l' },
  spec,
});

describe('validateAgainstSchema', () => {
  it('accepts the Hello World listener', () => {
    expect(
      validateAgainstSchema(
        resourceTypeOfKind('Listener'),
        listener({ routingKey: 'backend', host: 'backend', port: 8080 }),
      ),
    ).toEqual([]);
  });

  it('lists the allowed values of an enum, as FieldValueNotSupported', () => {
    const errors = validateAgainstSchema(
      resourceTypeOfKind('Listener'),
      listener({ routingKey: 'k', host: 'h', port: 1, observer: 'tcp' }),
    );
    expect(errors).toEqual([
      {
        reason: 'FieldValueNotSupported',
        field: 'spec.observer',
        message: 'Unsupported value: "tcp": supported values: "auto", "none", "http1", "http2"',
      },
    ]);
  });

  it('reports a connector with neither selector nor host as a oneOf failure with none valid', () => {
    const object = {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'c' },
      spec: { routingKey: 'k', port: 1 },
    };
    expect(validateAgainstSchema(resourceTypeOfKind('Connector'), object)).toEqual([
      {
        reason: 'FieldValueInvalid',
        field: '',
        message: 'Invalid value: "": "spec" must validate one and only one schema (oneOf). Found none valid',
      },
    ]);
  });

  it('names list items with brackets in field paths', () => {
    const object = { status: { conditions: [{ type: 'Ready' }] } };
    expect(fieldPath('/status/conditions/0/type', object)).toBe('status.conditions[0].type');
    expect(fieldPath('/spec/settings/0', { spec: { settings: { '0': 'x' } } })).toBe('spec.settings.0');
  });
});
