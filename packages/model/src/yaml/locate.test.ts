import { describe, expect, it } from 'vitest';
import { locate, locateProblems, parseYamlDocument, resolveDottedPath, setField } from './index.ts';

const TEXT = `apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
  labels:
    app.kubernetes.io/name: backend
spec:
  port: 8080
  hosts:
    - a
    - b
`;

function parsed(text = TEXT) {
  const { doc, lineCounter } = parseYamlDocument(text);
  if (!doc) throw new Error('test text does not parse');
  return { doc, lineCounter };
}

describe('locate', () => {
  it('finds the key of a field', () => {
    const { doc, lineCounter } = parsed();
    expect(locate(doc, lineCounter, ['spec', 'port'])).toEqual({ line: 8, column: 3 });
  });

  it('finds a list item by its index', () => {
    const { doc, lineCounter } = parsed();
    expect(locate(doc, lineCounter, 'spec.hosts[1]')).toEqual({ line: 11, column: 7 });
  });

  it('falls back to the nearest parent that exists', () => {
    const { doc, lineCounter } = parsed();
    expect(locate(doc, lineCounter, ['spec', 'selector'])).toEqual({ line: 7, column: 1 });
    expect(locate(doc, lineCounter, 'status.message')).toEqual({ line: 1, column: 1 });
  });

  it('reads a label key that holds dots as one key', () => {
    const { doc, lineCounter } = parsed();
    expect(resolveDottedPath(doc, 'metadata.labels.app.kubernetes.io/name')).toEqual([
      'metadata',
      'labels',
      'app.kubernetes.io/name',
    ]);
    expect(locate(doc, lineCounter, 'metadata.labels.app.kubernetes.io/name')).toEqual({
      line: 6,
      column: 5,
    });
  });

  it('places a field added since parsing at its nearest parent from the text', () => {
    const { doc, lineCounter } = parsed();
    setField(doc, ['spec', 'settings', 'timeout'], '30');
    expect(locate(doc, lineCounter, 'spec.settings.timeout')).toEqual({ line: 7, column: 1 });
  });
});

describe('locateProblems', () => {
  it('fills in the line and column of each problem from its path, and keeps positions already set', () => {
    const { doc, lineCounter } = parsed();
    const problems = locateProblems(doc, lineCounter, [
      { path: 'spec.port', message: 'Port must be between 1 and 65535.' },
      { path: '', message: 'Whole document.' },
      { path: 'kind', message: 'Placed already.', line: 40, column: 2 },
    ]);
    expect(problems).toEqual([
      { path: 'spec.port', message: 'Port must be between 1 and 65535.', line: 8, column: 3 },
      { path: '', message: 'Whole document.', line: 1, column: 1 },
      { path: 'kind', message: 'Placed already.', line: 40, column: 2 },
    ]);
  });
});
