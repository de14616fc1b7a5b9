import { getField } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { editText, writeField, writeMap } from './editorDocument.ts';

const COMMENTED = `# The web tier, reached from the west site.
apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: web # named after the deployment
  labels:
    team: payments # owners
    tier: front
spec:
  routingKey: web
  port: 8080 # http
  selector: app=web
  futureField: kept # not in v2alpha1 yet
`;

function edit(text: string, change: Parameters<typeof editText>[1]): string {
  const edited = editText(text, change);
  if (!edited) throw new Error('the text did not parse');
  return edited.text;
}

describe('editText', () => {
  it('keeps every comment and unknown field when one field changes', () => {
    const text = edit(COMMENTED, (doc) => writeField(doc, ['spec', 'port'], 9090));
    expect(text).toBe(COMMENTED.replace('port: 8080 # http', 'port: 9090 # http'));
  });

  it('leaves the text it was given untouched, so earlier editor states stay as they were', () => {
    const before = `${COMMENTED}`;
    edit(COMMENTED, (doc) => writeField(doc, ['spec', 'port'], 1));
    expect(COMMENTED).toBe(before);
  });

  it('refuses to edit a text that is not a document', () => {
    expect(editText('spec: [unclosed', () => {})).toBeUndefined();
  });
});

describe('writeField', () => {
  it('removes a field that is cleared, and a label map left empty', () => {
    const text = edit(COMMENTED, (doc) => {
      writeField(doc, ['metadata', 'labels', 'team'], '');
      writeField(doc, ['metadata', 'labels', 'tier'], undefined);
    });
    expect(text).not.toContain('labels');
    expect(text).toContain('name: web # named after the deployment');
  });

  it('writes the first field of an empty map on its own line', () => {
    const text = edit('apiVersion: skupper.io/v2alpha1\nmetadata: {}\nspec: {}\n', (doc) =>
      writeField(doc, ['metadata', 'name'], 'web'),
    );
    expect(text).toBe('apiVersion: skupper.io/v2alpha1\nmetadata:\n  name: web\nspec: {}\n');
  });
});

describe('writeMap', () => {
  it('renames a label in place, keeping its comment', () => {
    const text = edit(COMMENTED, (doc) =>
      writeMap(doc, ['metadata', 'labels'], { owner: 'payments', tier: 'front' }),
    );
    expect(text).toContain('  labels:\n    owner: payments # owners\n    tier: front\n');
  });

  it('adds, changes and removes entries, and removes the map when it is emptied', () => {
    let text = edit(COMMENTED, (doc) => writeMap(doc, ['spec', 'settings'], { a: '1' }));
    text = edit(text, (doc) => writeMap(doc, ['spec', 'settings'], { a: '2', b: '3' }));
    const { doc } = editText(text, () => {}) ?? {};
    expect(doc && getField(doc, ['spec', 'settings'])).toEqual({ a: '2', b: '3' });
    text = edit(text, (doc) => writeMap(doc, ['spec', 'settings'], {}));
    expect(text).toBe(COMMENTED);
  });
});
