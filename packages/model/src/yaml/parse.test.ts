import { describe, expect, it } from 'vitest';
import { DEFAULT_YAML_LIMITS, parseYamlDocument, serialize, toValue } from './index.ts';

const CONNECTOR = `apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  port: 8080
  selector: app=backend
`;

function refusal(text: string, limits = {}) {
  const parsed = parseYamlDocument(text, limits);
  expect(parsed.doc).toBeUndefined();
  expect(parsed.problems).toHaveLength(1);
  const [problem] = parsed.problems;
  if (!problem) throw new Error('no problem reported');
  return problem;
}

/** A "billion laughs": nine levels of ten aliases each, 10^9 values once expanded. */
function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) {
    const previous = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${previous}]`);
  }
  return lines.join('\n');
}

describe('parseYamlDocument', () => {
  it('gives the connector as a document when the text is one valid map', () => {
    const { doc, problems } = parseYamlDocument(CONNECTOR);
    expect(problems).toEqual([]);
    expect(doc && toValue(doc)).toMatchObject({ spec: { port: 8080, selector: 'app=backend' } });
  });

  it('reports a syntax error at its 1-based line and column', () => {
    const problem = refusal('kind: Connector\nspec:\n  port: 8080\n  host: db: primary\n');
    expect(problem).toMatchObject({ code: 'yaml-syntax', path: '', line: 4, column: 9 });
    expect(problem.message).toBe(
      'A value holds ": " (a colon and a space): put the value in quotes, or nested fields on their own lines.',
    );
  });

  it('reports a wrongly indented key on its line', () => {
    const problem = refusal('metadata:\n  name: backend\nspec:\n  port: 8080\n routingKey: backend\n');
    expect(problem).toMatchObject({
      line: 5,
      column: 1,
      message: 'All mapping items must start at the same column',
    });
  });

  it('names a key that appears twice, on the line of the second one', () => {
    const problem = refusal('spec:\n  port: 1\n  port: 2\n');
    expect(problem).toMatchObject({ line: 3, column: 3 });
    expect(problem.message).toBe('The key port appears twice in the same map; keep one.');
  });

  it('says in plain words that tabs cannot indent', () => {
    expect(refusal('spec:\n\tport: 1\n').message).toBe('Tabs cannot indent YAML; use spaces.');
  });

  it('refuses two documents in one text, pointing at the second', () => {
    const problem = refusal(`${CONNECTOR}---\n${CONNECTOR}`);
    expect(problem).toMatchObject({ code: 'yaml-multiple-documents', line: 9 });
    expect(problem.message).toContain('The text holds 2 YAML documents; a connector is one document.');
  });

  it('accepts a document framed by "---" lines, as kubectl writes them', () => {
    const { doc, problems } = parseYamlDocument(`---\n${CONNECTOR}---\n`);
    expect(problems).toEqual([]);
    expect(doc).toBeDefined();
  });

  it('refuses empty text and text that holds only comments', () => {
    for (const text of ['', '  \n', '# just a comment\n']) {
      const problem = refusal(text);
      expect(problem.code).toBe('yaml-empty');
      expect(problem.message).toMatch(/^The document is empty\./);
    }
  });

  it('refuses a list or a single value where a resource map belongs', () => {
    expect(refusal('- a\n- b\n').message).toContain('but it is a list');
    expect(refusal('hello\n').message).toContain('but it is a single value');
  });

  it('refuses a text over the size limit before parsing it', () => {
    const problem = refusal(`${CONNECTOR}# ${'x'.repeat(2000)}\n`, { maxBytes: 1024 });
    expect(problem).toMatchObject({ code: 'yaml-too-large' });
    expect(problem.message).toBe('The text is 2.1 KiB, more than the 1 KiB allowed.');
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const text = `a: ${'é'.repeat(600)}\n`;
    expect(refusal(text, { maxBytes: 1024 }).code).toBe('yaml-too-large');
    expect(parseYamlDocument(text, { maxBytes: 2048 }).doc).toBeDefined();
  });

  it('refuses nesting deeper than the limit, in block and flow style', () => {
    const block = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n');
    const flow = `a: ${'['.repeat(40)}${']'.repeat(40)}`;
    for (const text of [block, flow]) {
      const problem = refusal(text);
      expect(problem.code).toBe('yaml-too-deep');
      expect(problem.message).toBe(
        'Maps and lists are nested more than 32 levels deep (aliases included), which is not allowed.',
      );
    }
  });

  it('accepts nesting exactly at the limit, in block and flow style', () => {
    const flow = `a: ${'['.repeat(31)}${']'.repeat(31)}`;
    // A map, then a list holding a map, and so on: "k0:", "- k1:", "  - k2:"... 32 collections in all.
    const lines = ['k0:', ...Array.from({ length: 15 }, (_, i) => `${' '.repeat(i * 2)}- k${i + 1}:`)];
    const block = [...lines, `${' '.repeat(30)}- leaf`].join('\n');
    expect(refusal(`${block}:\n${' '.repeat(32)}k: v`).code).toBe('yaml-too-deep');
    for (const text of [flow, block]) expect(parseYamlDocument(text).problems).toEqual([]);
  });

  it('survives many deeply nested texts in a row without exhausting the stack', () => {
    const hostile = '['.repeat(200_000) + ']'.repeat(200_000);
    for (let i = 0; i < 3; i++) expect(refusal(hostile).code).toBe('yaml-too-deep');
  });

  it('refuses a "billion laughs" alias bomb without expanding it', () => {
    const problem = refusal(aliasBomb());
    expect(problem.code).toBe('yaml-too-many-values');
    expect(problem.message).toBe(
      `Aliases (*name) expand the document to more than ${DEFAULT_YAML_LIMITS.maxNodes} values, which is not allowed. ` +
        'Write the values out instead.',
    );
  });

  it('refuses more aliases than the limit', () => {
    const text = ['base: &b x', ...Array.from({ length: 101 }, (_, i) => `k${i}: *b`)].join('\n');
    const problem = refusal(text);
    expect(problem.code).toBe('yaml-too-many-aliases');
    expect(problem.message).toMatch(/^The document uses aliases \(\*name\) more than 100 times/);
  });

  it('refuses aliases that nest the expanded document deeper than the limit', () => {
    const lines = ['l0: &l0 [x]'];
    for (let i = 1; i < 40; i++) lines.push(`l${i}: &l${i} [*l${i - 1}]`);
    expect(refusal(lines.join('\n')).code).toBe('yaml-too-deep');
  });

  it('refuses an alias inside the map it names', () => {
    const problem = refusal('a: &loop\n  b: *loop\n');
    expect(problem).toMatchObject({ code: 'yaml-alias-loop', line: 2, column: 6 });
    expect(problem.message).toBe('The alias *loop is inside the map or list it names, so it never ends.');
  });

  it('refuses an alias with no anchor before it', () => {
    const problem = refusal('a: *nowhere\nb: &nowhere 1\n');
    expect(problem.message).toBe('The alias *nowhere names no anchor (&nowhere) written before it.');
  });

  it('accepts a few ordinary aliases and expands them', () => {
    const { doc } = parseYamlDocument('base: &b {k: v}\ncopy: *b\n');
    expect(doc && toValue(doc)).toEqual({ base: { k: 'v' }, copy: { k: 'v' } });
  });

  it('reports an unknown tag as a warning and keeps the document', () => {
    const parsed = parseYamlDocument('a: !custom value\n');
    expect(parsed.doc).toBeDefined();
    expect(parsed.warnings).toMatchObject([{ code: 'yaml-syntax', line: 1, column: 4 }]);
  });
});

describe('writing a parsed document back', () => {
  it('keeps the text’s own indentation and list style', () => {
    const text = 'metadata:\n    labels:\n        app: x\nspec:\n    list:\n        - a\n';
    const { doc } = parseYamlDocument(text);
    expect(doc && serialize(doc)).toBe(text);
    const flush = 'spec:\n  list:\n  - a\n  - b\n';
    const parsed = parseYamlDocument(flush);
    expect(parsed.doc && serialize(parsed.doc)).toBe(flush);
  });

  it('does not fold long strings', () => {
    const text = `a: ${'word '.repeat(40).trim()}\n`;
    const { doc } = parseYamlDocument(text);
    expect(doc && serialize(doc)).toBe(text);
  });

  it('gives back the same text when nothing was edited, closing comment included', () => {
    for (const text of ['a:\n  b: 1\n# end\n', 'a:\n  b: 1\n\n# end\n', 'a: 1 # c\n# end\n', '---\na: 1\n']) {
      const { doc } = parseYamlDocument(text);
      expect(doc && serialize(doc)).toBe(text);
    }
  });
});
