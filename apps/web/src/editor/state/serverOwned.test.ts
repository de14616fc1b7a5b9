import { describe, expect, it } from 'vitest';
import { connector, READY_STATUS } from '../../testing/fixtures.ts';
import { editableText, reviewText, withoutServerOwned, sourceText } from './serverOwned.ts';

const STORED = {
  ...connector('web', { version: '42', status: READY_STATUS }),
  metadata: {
    name: 'web',
    namespace: 'east',
    uid: 'c0ffee',
    resourceVersion: '42',
    generation: 3,
    creationTimestamp: '2025-01-01T00:00:00Z',
    managedFields: [{ manager: 'kubectl' }],
    labels: { app: 'web' },
  },
};

describe('withoutServerOwned', () => {
  it('hides status and the server’s bookkeeping from the review diff, and keeps what people write', () => {
    expect(withoutServerOwned(STORED)).toEqual({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'web', namespace: 'east', labels: { app: 'web' } },
      spec: STORED.spec,
    });
  });

  it('leaves the input as it was', () => {
    const copy = structuredClone(STORED);
    withoutServerOwned(STORED);
    expect(STORED).toEqual(copy);
  });

  it('passes anything that is not a connector map through, so a broken document still shows', () => {
    expect(withoutServerOwned('text')).toBe('text');
    expect(withoutServerOwned({ metadata: 'odd' })).toEqual({ metadata: 'odd' });
  });
});

describe('reviewText', () => {
  it('shows an unchanged connector the same on both sides, whatever the server added', () => {
    const { status: _status, ...mine } = STORED;
    expect(reviewText({ ...mine, metadata: { ...mine.metadata, resourceVersion: '43' } })).toBe(
      reviewText(STORED),
    );
  });

  it('shows nothing for a connector that does not exist yet', () => {
    expect(reviewText(undefined)).toBe('');
  });
});

describe('editableText', () => {
  it('opens a stored connector without status and the server’s bookkeeping, but with its resourceVersion and labels', () => {
    const text = editableText(STORED);
    for (const field of ['status', 'managedFields', 'uid', 'generation', 'creationTimestamp'])
      expect(text).not.toContain(field);
    expect(text).toContain('resourceVersion: "42"');
    expect(text).toContain('app: web');
  });
});

describe('sourceText', () => {
  it('opens a local file as written, comments and all, with the resourceVersion a replace must name', () => {
    const file =
      '# Team A owns this.\napiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: db\nspec:\n  port: 5432 # primary\n';
    const text = sourceText(file, {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'db', resourceVersion: 'abc123' },
      spec: { routingKey: 'db', port: 5432, host: 'db' },
    });
    expect(text).toContain('# Team A owns this.');
    expect(text).toContain('port: 5432 # primary');
    expect(text).toContain('resourceVersion: abc123');
  });

  it('gives nothing for a file that cannot be read as one document, so the editor falls back to the resource', () => {
    const resource = {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'db' },
      spec: { routingKey: 'db', port: 1 },
    } as const;
    expect(sourceText('a: [', resource)).toBeUndefined();
  });
});
