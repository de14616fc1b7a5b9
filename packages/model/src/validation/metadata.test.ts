import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform.ts';
import { validateConnector, type ValidationContext } from './connector.ts';

function withMetadata(metadata: unknown): Record<string, unknown> {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata,
    spec: { routingKey: 'backend', port: 8080, host: 'backend' },
  };
}

function problemsOf(metadata: unknown, context: ValidationContext = { platform: 'kubernetes' }) {
  const { errors, warnings } = validateConnector(withMetadata(metadata), context);
  return { errors, warnings };
}

describe('validateConnector on metadata', () => {
  it.each<[unknown, string, string]>([
    [undefined, 'metadata.name', 'Name is required'],
    [{}, 'metadata.name', 'Name is required'],
    [['backend'], 'metadata', 'metadata must be a mapping of fields, not a list'],
    ['backend', 'metadata', 'metadata must be a mapping of fields, not "backend"'],
  ])('asks for a name when metadata is %j', (metadata, path, message) => {
    expect(problemsOf(metadata).errors).toEqual([{ path, message }]);
  });

  it.each<Platform>(['podman', 'docker', 'linux'])('refuses a dotted name on %s sites', (platform) => {
    expect(problemsOf({ name: 'backend.v2' }, { platform }).errors).toEqual([
      {
        path: 'metadata.name',
        message: `Name may contain only lowercase letters, digits and '-', must start and end with a letter or digit, and be at most 63 characters (local sites do not allow '.')`,
      },
    ]);
  });

  it('accepts a dotted name on Kubernetes', () => {
    expect(problemsOf({ name: 'backend.v2' }).errors).toEqual([]);
  });

  it('accepts the site namespace and refuses another one', () => {
    const context = { platform: 'podman', namespace: 'east' } as const;
    expect(problemsOf({ name: 'backend', namespace: 'east' }, context).errors).toEqual([]);
    expect(problemsOf({ name: 'backend', namespace: 'west' }, context).errors).toEqual([
      {
        path: 'metadata.namespace',
        message: 'Namespace must be "east", the namespace of this site (or be left out)',
      },
    ]);
  });

  it('checks every label key and value, with the label key in the path', () => {
    const labels = { app: 'backend', 'app.kubernetes.io/part-of': 'shop', 'bad key': 'x', tier: 'a b' };
    expect(problemsOf({ name: 'backend', labels }).errors).toEqual([
      {
        path: 'metadata.labels.bad key',
        message: `Label key "bad key" may contain only letters, digits, '-', '_' and '.', must start and end with a letter or digit, and be at most 63 characters`,
      },
      {
        path: 'metadata.labels.tier',
        message: `Label value "a b" may contain only letters, digits, '-', '_' and '.', must start and end with a letter or digit, and be at most 63 characters (or be empty)`,
      },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['labels', ['app=backend'], 'Labels must be a mapping of keys to text values, not a list'],
    ['annotations', 'owner: me', 'Annotations must be a mapping of keys to text values, not "owner: me"'],
  ])('refuses %s that are not a mapping', (field, value, message) => {
    expect(problemsOf({ name: 'backend', [field]: value }).errors).toEqual([
      { path: `metadata.${field}`, message },
    ]);
  });

  it('checks annotation keys, lets values hold any text, and refuses numbers', () => {
    const annotations = { 'Example.com/Owner': 'Ana: team "shop"', '/x': 'y', revision: 3 };
    expect(problemsOf({ name: 'backend', annotations }).errors).toEqual([
      {
        path: 'metadata.annotations./x',
        message: `Annotation key "/x" has nothing before '/': remove the '/' or put a domain such as example.com before it`,
      },
      {
        path: 'metadata.annotations.revision',
        message: 'Annotation value must be text, not the number 3 (put it in quotes)',
      },
    ]);
  });

  it('refuses annotations larger than Kubernetes stores, counting bytes', () => {
    const annotations = { note: 'é'.repeat(131_072) };
    expect(problemsOf({ name: 'backend', annotations }).errors).toEqual([
      {
        path: 'metadata.annotations',
        message: 'Annotations may hold at most 262144 bytes of keys and values in total; these hold 262148',
      },
    ]);
  });

  it('knows every standard metadata field and warns about misspelled ones', () => {
    const metadata = {
      name: 'backend',
      uid: 'u',
      resourceVersion: '1',
      generation: 1,
      creationTimestamp: 't',
      managedFields: [],
      ownerReferences: [],
      finalizers: [],
      lables: { app: 'x' },
    };
    expect(problemsOf(metadata)).toEqual({
      errors: [],
      warnings: [{ path: 'metadata.lables', message: 'Unknown field lables; did you mean labels?' }],
    });
  });
});
