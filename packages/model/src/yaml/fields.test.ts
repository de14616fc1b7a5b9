import { describe, expect, it } from 'vitest';
import { COMMENTED_CONNECTOR, parseFixture } from './commented-connector.fixture.ts';
import { deleteField, getField, renameField, serialize, setField, toValue } from './index.ts';

const parse = parseFixture;

/** The fixture text with one line replaced, for exact comparisons. */
function fixtureWith(line: string, replacement: string): string {
  expect(COMMENTED_CONNECTOR).toContain(line);
  return COMMENTED_CONNECTOR.replace(line, replacement);
}

describe('setField', () => {
  it('keeps the comment above spec.port and the one on its line when the port is edited', () => {
    const doc = parseFixture();
    setField(doc, ['spec', 'port'], 9090);
    expect(serialize(doc)).toBe(fixtureWith('  port: 8080 # keep in sync', '  port: 9090 # keep in sync'));
  });

  it('changes only the edited line: comments, key order, unknown fields, labels and annotations stay', () => {
    const doc = parseFixture();
    setField(doc, ['spec', 'selector'], 'app=backend-v2');
    expect(serialize(doc)).toBe(fixtureWith('  selector: app=backend\n', '  selector: app=backend-v2\n'));
  });

  it('adds a new field at the end of its map', () => {
    const doc = parseFixture();
    setField(doc, ['metadata', 'labels', 'tier'], 'db');
    expect(serialize(doc)).toBe(
      fixtureWith(
        '    app: backend # owned by team east\n',
        '    app: backend # owned by team east\n    tier: db\n',
      ),
    );
  });

  it('creates the missing parent maps of a new field', () => {
    const doc = parse('kind: Connector\nspec:\n  port: 8080\n');
    setField(doc, ['spec', 'settings', 'timeout'], '30');
    setField(doc, ['metadata', 'labels', 'app'], 'backend');
    expect(serialize(doc)).toBe(
      'kind: Connector\nspec:\n  port: 8080\n  settings:\n    timeout: "30"\nmetadata:\n  labels:\n    app: backend\n',
    );
  });

  it('turns an empty field into a map when a field is set under it', () => {
    const doc = parse('spec:\n  settings: # none yet\n  port: 8080\n');
    setField(doc, ['spec', 'settings', 'timeout'], '30');
    expect(toValue(doc)).toEqual({ spec: { settings: { timeout: '30' }, port: 8080 } });
  });

  it('keeps a quoted value quoted the same way when it is edited', () => {
    const doc = parse("spec:\n  host: 'db.example.com'\n");
    setField(doc, ['spec', 'host'], 'db2.example.com');
    expect(serialize(doc)).toBe("spec:\n  host: 'db2.example.com'\n");
  });

  it('keeps a string that looks like a number a string', () => {
    const doc = parseFixture();
    setField(doc, ['spec', 'settings', 'timeout'], '60');
    setField(doc, ['metadata', 'labels', 'version'], '1.0');
    const reread = parse(serialize(doc));
    expect(getField(reread, ['spec', 'settings', 'timeout'])).toBe('60');
    expect(getField(reread, ['metadata', 'labels', 'version'])).toBe('1.0');
  });

  it('writes a number over a string without keeping the string quotes', () => {
    const doc = parse('spec:\n  port: "8080"\n');
    setField(doc, ['spec', 'port'], 8080);
    expect(serialize(doc)).toBe('spec:\n  port: 8080\n');
  });

  it('merges a map value field by field, so comments inside it stay', () => {
    const doc = parseFixture();
    setField(doc, ['spec', 'settings'], { timeout: '45', retries: '3' });
    expect(serialize(doc)).toBe(
      fixtureWith('    # tuning\n    timeout: "30"\n', '    # tuning\n    timeout: "45"\n    retries: "3"\n'),
    );
  });

  it('deletes the field when the value is undefined', () => {
    const doc = parseFixture();
    setField(doc, ['spec', 'selector'], undefined);
    expect(serialize(doc)).toBe(fixtureWith('  selector: app=backend\n', ''));
  });

  it('sets and appends list items by index', () => {
    const doc = parse('spec:\n  hosts:\n    - a # first\n');
    setField(doc, ['spec', 'hosts', 0], 'b');
    setField(doc, ['spec', 'hosts', 1], 'c');
    expect(serialize(doc)).toBe('spec:\n  hosts:\n    - b # first\n    - c\n');
  });

  it('edits a copy, not the anchored original, when the path goes through an alias', () => {
    const doc = parse('base: &base\n  timeout: "30"\nspec:\n  settings: *base\n');
    setField(doc, ['spec', 'settings', 'timeout'], '60');
    expect(toValue(doc)).toEqual({ base: { timeout: '30' }, spec: { settings: { timeout: '60' } } });
  });
});

describe('deleteField', () => {
  it('removes one field and keeps every other line', () => {
    const doc = parseFixture();
    expect(deleteField(doc, ['metadata', 'annotations', 'example.com/owner'])).toBe(true);
    expect(serialize(doc)).toBe(
      fixtureWith('  annotations:\n    example.com/owner: team-east\n', '  annotations: {}\n'),
    );
  });

  it('changes nothing and says so when the field is missing', () => {
    const doc = parse('spec:\n  settings: null\n  port: 8080\n');
    expect(deleteField(doc, ['spec', 'settings', 'timeout'])).toBe(false);
    expect(deleteField(doc, ['spec', 'port', 'x'])).toBe(false);
    expect(deleteField(doc, ['metadata', 'labels', 'app'])).toBe(false);
    expect(serialize(doc)).toBe('spec:\n  settings: null\n  port: 8080\n');
  });

  it('splices a list item out', () => {
    const doc = parse('items: [a, b, c]\n');
    expect(deleteField(doc, ['items', 1])).toBe(true);
    expect(toValue(doc)).toEqual({ items: ['a', 'c'] });
  });
});

describe('getField', () => {
  it('reads plain values, and undefined for a missing field or parent', () => {
    const doc = parseFixture();
    expect(getField(doc, ['spec', 'port'])).toBe(8080);
    expect(getField(doc, ['metadata', 'labels'])).toEqual({ app: 'backend' });
    expect(getField(doc, ['spec', 'host'])).toBeUndefined();
    expect(getField(doc, ['status', 'message'])).toBeUndefined();
    expect(getField(doc, ['spec', 'port', 'x'])).toBeUndefined();
  });

  it('reads through aliases', () => {
    const doc = parse('base: &base\n  timeout: "30"\nspec:\n  settings: *base\n');
    expect(getField(doc, ['spec', 'settings', 'timeout'])).toBe('30');
  });

  it('gives null for a field written without a value', () => {
    expect(getField(parse('spec:\n  host:\n'), ['spec', 'host'])).toBeNull();
  });
});

describe('renameField', () => {
  it('keeps the renamed field in its place with its comments', () => {
    const doc = parseFixture();
    expect(renameField(doc, ['spec', 'futureField'], 'laterField')).toBe(true);
    expect(serialize(doc)).toBe(fixtureWith('  futureField: keep-me', '  laterField: keep-me'));
  });

  it('refuses to rename onto a key that is already taken', () => {
    const doc = parseFixture();
    expect(renameField(doc, ['spec', 'futureField'], 'port')).toBe(false);
    expect(renameField(doc, ['spec', 'missing'], 'other')).toBe(false);
    expect(serialize(doc)).toBe(COMMENTED_CONNECTOR);
  });
});
