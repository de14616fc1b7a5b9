import { describe, expect, it } from 'vitest';
import { COMMENTED_CONNECTOR, parseFixture } from './commented-connector.fixture.ts';
import { applyValue, newYamlDocument, serialize, toValue } from './index.ts';

/** What a BFF receives when the browser saves the whole edited object as JSON. */
function savedAsJson(edit: (connector: Record<string, Record<string, unknown>>) => void): unknown {
  const connector = JSON.parse(JSON.stringify(toValue(parseFixture())));
  edit(connector);
  return connector;
}

describe('applyValue', () => {
  it('keeps comments and key order of untouched fields when the whole object is saved with one change', () => {
    const doc = parseFixture();
    applyValue(
      doc,
      savedAsJson((c) => {
        if (c.spec) c.spec.port = 9443;
      }),
    );
    expect(serialize(doc)).toBe(COMMENTED_CONNECTOR.replace('port: 8080', 'port: 9443'));
  });

  it('removes fields the new value leaves out and adds new ones at the end of their map', () => {
    const doc = parseFixture();
    applyValue(
      doc,
      savedAsJson((c) => {
        if (!c.spec) return;
        delete c.spec.selector;
        c.spec.host = 'db.internal';
      }),
    );
    expect(serialize(doc)).toBe(
      COMMENTED_CONNECTOR.replace('  selector: app=backend\n', '').replace(
        '    timeout: "30"\n',
        '    timeout: "30"\n  host: db.internal\n',
      ),
    );
  });

  it('keeps the comment on a field whose value changes from a value to a map', () => {
    const doc = parseFixture();
    applyValue(
      doc,
      savedAsJson((c) => {
        if (c.spec) c.spec.futureField = { nested: true };
      }),
    );
    const text = serialize(doc);
    expect(text).toContain('# a field this console does not know');
    expect(toValue(parseFixture(text))).toMatchObject({ spec: { futureField: { nested: true } } });
  });

  it('keeps an alias whose value did not change', () => {
    const doc = parseFixture('base: &base {timeout: "30"}\nspec:\n  settings: *base\n  port: 8080\n');
    applyValue(doc, { base: { timeout: '30' }, spec: { settings: { timeout: '30' }, port: 9090 } });
    expect(serialize(doc)).toBe('base: &base { timeout: "30" }\nspec:\n  settings: *base\n  port: 9090\n');
  });

  it('writes repeated objects out in full rather than as anchors and aliases', () => {
    const shared = { app: 'backend' };
    const doc = newYamlDocument({ metadata: { labels: shared }, spec: { selectorLabels: shared } });
    expect(serialize(doc)).not.toContain('*');
    expect(serialize(doc)).not.toContain('&');
  });

  it('writes new documents with lists flush under their key, as kubectl and the skupper CLI do', () => {
    expect(serialize(newYamlDocument({ items: ['a', 'b'] }))).toBe('items:\n- a\n- b\n');
  });
});
