import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_COMMENTS, parseFixture } from './commented-connector.fixture.ts';
import { applyValue, deleteField, getField, serialize, setField, toValue } from './index.ts';
import type { FieldPath } from './index.ts';
import { isPlainObject } from './plain.ts';
import type { PlainObject } from './plain.ts';

type Edit = { op: 'set'; path: FieldPath; value: unknown } | { op: 'delete'; path: FieldPath };

// Strings that YAML reads as something else, or that need quoting, next to arbitrary text.
const trickyString = fc.constantFrom(
  '',
  '8080',
  'true',
  'null',
  '~',
  '# not a comment',
  'a: b',
  '- x',
  ' padded ',
  'two\nlines',
  'ключ',
  "it's",
);
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), trickyString);
const dnsName = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);

const specValues: Record<string, fc.Arbitrary<unknown>> = {
  routingKey: dnsName,
  port: fc.integer({ min: 1, max: 65535 }),
  host: dnsName,
  selector: dnsName.map((name) => `app=${name}`),
  tlsCredentials: dnsName,
  type: fc.constant('tcp'),
  useClientCert: fc.boolean(),
  verifyHostname: fc.boolean(),
  includeNotReadyPods: fc.boolean(),
  exposePodsByName: fc.boolean(),
};
// Fields that carry the fixture's comments are set but never deleted: deleting a field takes its comments with it.
const COMMENTED = new Set(['port', 'app']);
const labelKeys = fc.constantFrom('app', 'tier', 'team', 'app.kubernetes.io/name', 'example.com/owner');
const settingKeys = fc.constantFrom('timeout', 'retries', 'mode', 'a.b');

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(...Object.keys(specValues)).chain((key) =>
    fc.oneof(
      (specValues[key] ?? fc.constant(null)).map((value): Edit => ({
        op: 'set',
        path: ['spec', key],
        value,
      })),
      fc.constant<Edit>({ op: 'delete', path: ['spec', key] }),
    ),
  ),
  fc
    .tuple(fc.constantFrom('labels', 'annotations'), labelKeys, anyString)
    .chain(([map, key, value]) =>
      fc.constantFrom<Edit>(
        { op: 'set', path: ['metadata', map, key], value },
        { op: 'delete', path: ['metadata', map, key] },
      ),
    ),
  fc
    .tuple(settingKeys, anyString)
    .chain(([key, value]) =>
      fc.constantFrom<Edit>(
        { op: 'set', path: ['spec', 'settings', key], value },
        { op: 'delete', path: ['spec', 'settings', key] },
      ),
    ),
  fc
    .dictionary(settingKeys, anyString)
    .map((value): Edit => ({ op: 'set', path: ['spec', 'settings'], value })),
  // A field the console does not know may hold anything, and may change shape between edits.
  fc.jsonValue({ maxDepth: 3 }).map((value): Edit => ({ op: 'set', path: ['spec', 'extra'], value })),
);
const edits = fc.array(edit, { maxLength: 25 }).map((list) => list.filter((e) => !deletesCommented(e)));

function deletesCommented(e: Edit): boolean {
  const last = e.path[e.path.length - 1];
  return e.op === 'delete' && typeof last === 'string' && COMMENTED.has(last);
}

/** The same edits on a plain object: the meaning the document must keep. */
function applyToObject(root: PlainObject, e: Edit): void {
  let node = root;
  for (const key of e.path.slice(0, -1)) {
    const child = node[key];
    if (!isPlainObject(child)) {
      if (e.op === 'delete') return;
      node[key] = {};
    }
    node = node[key] as PlainObject;
  }
  const last = String(e.path[e.path.length - 1]);
  if (e.op === 'delete') Reflect.deleteProperty(node, last);
  else node[last] = merged(node[last], structuredClone(e.value));
}

/** setField merges a map into a map: keys already there keep their place, new keys come last. */
function merged(existing: unknown, value: unknown): unknown {
  if (!isPlainObject(existing) || !isPlainObject(value)) return value;
  const result: PlainObject = {};
  for (const key of Object.keys(existing)) if (key in value) result[key] = merged(existing[key], value[key]);
  for (const key of Object.keys(value)) if (!(key in existing)) result[key] = value[key];
  return result;
}

function expectCommentsAndUnknownFieldKept(text: string): void {
  for (const comment of FIXTURE_COMMENTS) expect(text).toContain(comment);
  expect(getField(parseFixture(text), ['spec', 'futureField'])).toBe('keep-me');
}

describe('field edits on a commented connector (property)', () => {
  it('keep every comment and the unknown field, and mean what the same edits mean on a plain object', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const doc = parseFixture();
        const model = toValue(doc) as PlainObject;
        for (const e of list) {
          if (e.op === 'set') setField(doc, e.path, e.value);
          else deleteField(doc, e.path);
          applyToObject(model, e);
        }
        const text = serialize(doc);
        expectCommentsAndUnknownFieldKept(text);
        // Compared as JSON text, so that key order counts too.
        expect(JSON.stringify(toValue(parseFixture(text)))).toBe(JSON.stringify(model));
      }),
      { numRuns: 200 },
    );
  });
});

describe('applyValue on a commented connector (property)', () => {
  it('keeps every comment and the unknown field, and the document then equals the new value', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const doc = parseFixture();
        const model = toValue(doc) as PlainObject;
        for (const e of list) applyToObject(model, e);
        applyValue(doc, structuredClone(model));
        const text = serialize(doc);
        expectCommentsAndUnknownFieldKept(text);
        expect(toValue(parseFixture(text))).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing in the text when the value is the document’s own', () => {
    const doc = parseFixture();
    const before = serialize(doc);
    applyValue(doc, toValue(doc));
    expect(serialize(doc)).toBe(before);
  });
});
