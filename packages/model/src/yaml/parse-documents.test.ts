import { describe, expect, it } from 'vitest';
import { parseYamlDocuments } from './parse.ts';

describe('parseYamlDocuments', () => {
  it('reads every document of a resource file, as Skupper loads them', () => {
    const parsed = parseYamlDocuments(
      'kind: Connector\nmetadata: {name: a}\n---\nkind: Listener\nmetadata: {name: b}\n---\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.docs.map((doc) => doc.toJS() as { kind: string })).toMatchObject([
      { kind: 'Connector' },
      { kind: 'Listener' },
    ]);
  });

  it('refuses nesting beyond the limit before building any document', () => {
    const parsed = parseYamlDocuments(`a: ${'['.repeat(5000)}`);
    expect(parsed.docs).toEqual([]);
    expect(parsed.problems[0]?.code).toBe('yaml-too-deep');
  });

  it('refuses an alias bomb in any document', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    ];
    const parsed = parseYamlDocuments(`kind: Connector\n---\n${bomb.join('\n')}\n`);
    expect(parsed.docs).toEqual([]);
    expect(parsed.problems[0]?.code).toMatch(/yaml-too-many-(aliases|values)/);
  });

  it('reports a syntax error with its line', () => {
    const parsed = parseYamlDocuments('kind: Connector\n---\nname: a: b\n');
    expect(parsed.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 3 });
  });
});
