import { describe, expect, it } from 'vitest';
import { CrdSchemaError, crdVersionSchema, openApiToJsonSchema } from './openapi-to-json-schema.ts';

describe('openApiToJsonSchema', () => {
  it('keeps descriptions, types, required fields and oneOf alternatives', () => {
    const converted = openApiToJsonSchema({
      description: 'A thing.',
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string', description: 'The a.' } },
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    });
    expect(converted).toEqual({
      description: 'A thing.',
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string', description: 'The a.' } },
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    });
  });

  it('drops Kubernetes extensions and formats that JSON Schema does not define', () => {
    const converted = openApiToJsonSchema({
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
      properties: {
        generation: { type: 'integer', format: 'int64' },
        since: { type: 'string', format: 'date-time' },
      },
    });
    expect(converted).toEqual({
      type: 'object',
      properties: { generation: { type: 'integer' }, since: { type: 'string', format: 'date-time' } },
    });
  });

  it('rewrites nullable, int-or-string and boolean exclusive bounds into draft-07 terms', () => {
    expect(openApiToJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
    expect(openApiToJsonSchema({ 'x-kubernetes-int-or-string': true })).toEqual({
      type: ['integer', 'string'],
    });
    expect(openApiToJsonSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true })).toEqual({
      type: 'integer',
      exclusiveMinimum: 0,
    });
  });

  it('converts nested items, maps and boolean additionalProperties', () => {
    const converted = openApiToJsonSchema({
      type: 'array',
      items: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
    });
    expect(converted).toEqual({
      type: 'array',
      items: { type: 'object', additionalProperties: { type: 'string' } },
    });
    expect(openApiToJsonSchema({ type: 'object', additionalProperties: false })).toEqual({
      type: 'object',
      additionalProperties: false,
    });
  });
});

describe('crdVersionSchema', () => {
  const crd = { spec: { versions: [{ name: 'v2alpha1', schema: { openAPIV3Schema: { type: 'object' } } }] } };

  it('finds the schema of the named version', () => {
    expect(crdVersionSchema(crd, 'v2alpha1')).toEqual({ type: 'object' });
  });

  it('says which version is missing when the CRD does not declare it', () => {
    expect(() => crdVersionSchema(crd, 'v1alpha1')).toThrow(CrdSchemaError);
    expect(() => crdVersionSchema({}, 'v1alpha1')).toThrow(/version v1alpha1/);
  });
});
