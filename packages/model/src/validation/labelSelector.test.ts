import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesLabelSelector, parseLabelSelector, type LabelRequirement } from './labelSelector.ts';

function requirementsOf(text: string): LabelRequirement[] {
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse, got: ${parsed.message}`);
  return parsed.requirements;
}

describe('parseLabelSelector accepts what Kubernetes accepts', () => {
  it.each<[string, LabelRequirement[]]>([
    ['', []],
    ['   ', []],
    ['app=backend', [{ key: 'app', operator: '=', values: ['backend'] }]],
    ['app==backend', [{ key: 'app', operator: '==', values: ['backend'] }]],
    ['tier!=frontend', [{ key: 'tier', operator: '!=', values: ['frontend'] }]],
    ['env in (prod, qa)', [{ key: 'env', operator: 'in', values: ['prod', 'qa'] }]],
    ['env in (qa,prod,qa)', [{ key: 'env', operator: 'in', values: ['prod', 'qa'] }]],
    ['env notin (dev)', [{ key: 'env', operator: 'notin', values: ['dev'] }]],
    ['canary', [{ key: 'canary', operator: 'exists', values: [] }]],
    ['!canary', [{ key: 'canary', operator: '!', values: [] }]],
    ['replicas>2', [{ key: 'replicas', operator: 'gt', values: ['2'] }]],
    ['replicas<10', [{ key: 'replicas', operator: 'lt', values: ['10'] }]],
    ['app=', [{ key: 'app', operator: '=', values: [''] }]],
    ['env in ()', [{ key: 'env', operator: 'in', values: [''] }]],
    ['env in (,)', [{ key: 'env', operator: 'in', values: [''] }]],
    ['env in (a,,b)', [{ key: 'env', operator: 'in', values: ['', 'a', 'b'] }]],
    ['env in (a,,,)', [{ key: 'env', operator: 'in', values: ['', 'a'] }]],
    ['in=notin', [{ key: 'in', operator: '=', values: ['notin'] }]],
    ['in in (in, notin)', [{ key: 'in', operator: 'in', values: ['in', 'notin'] }]],
    ['app.kubernetes.io/name=web', [{ key: 'app.kubernetes.io/name', operator: '=', values: ['web'] }]],
    ['Release_Track=Stable.1', [{ key: 'Release_Track', operator: '=', values: ['Stable.1'] }]],
    [
      ' app = backend ,\ttier\nin (a) , !legacy,version ',
      [
        { key: 'app', operator: '=', values: ['backend'] },
        { key: 'tier', operator: 'in', values: ['a'] },
        { key: 'legacy', operator: '!', values: [] },
        { key: 'version', operator: 'exists', values: [] },
      ],
    ],
  ])('reads %j into its requirements', (text, expected) => {
    expect(parseLabelSelector(text)).toEqual({ ok: true, requirements: expected });
  });
});

describe('parseLabelSelector says what is wrong and where', () => {
  const badValue = `may contain only letters, digits, '-', '_' and '.', must start and end with a letter or digit, and be at most 63 characters (or be empty)`;
  it.each<[string, string, number]>([
    ['=backend', `expected a label key or '!', found '='`, 0],
    [',app', `expected a label key or '!', found ','`, 0],
    ['app=backend,', `expected a label key or '!' after ',', found the end of the selector`, 12],
    ['app=backend,,tier', `expected a label key or '!' after ',', found ','`, 12],
    ['!', `expected a label key after '!', found the end of the selector`, 1],
    ['!(a)', `expected a label key after '!', found '('`, 1],
    ['!app=backend', `expected ',' or the end of the selector after '!app', found '='`, 4],
    ['app backend', `expected =, ==, !=, in, notin, >, < or ',' after 'app', found 'backend'`, 4],
    ['app (x)', `expected =, ==, !=, in, notin, >, < or ',' after 'app', found '('`, 4],
    ['app=backend tier=web', `expected ',' or the end of the selector after 'app=backend', found 'tier'`, 12],
    ['app=a=b', `expected ',' or the end of the selector after 'app=a', found '='`, 5],
    ['env in (a) x', `expected ',' or the end of the selector after 'env in (a)', found 'x'`, 11],
    ['app===x', `expected a value after '==', found '='`, 5],
    ['app=(x)', `expected a value after '=', found '('`, 4],
    ['env in prod', `expected '(' after 'in', found 'prod'`, 7],
    ['env notin', `expected '(' after 'notin', found the end of the selector`, 9],
    ['env in (=)', `expected a value, ',' or ')' after 'in (', found '='`, 8],
    ['env in (a b)', `expected ',' or ')' after 'a' in (...), found 'b'`, 10],
    ['env in (a', `expected ',' or ')' after 'a' in (...), found the end of the selector`, 9],
    ['env in (a,', `expected a value after ',' in (...), found the end of the selector`, 10],
    ['env in (a,,)', `expected a value after ',' in (...), found ')'`, 11],
    ['n>x', `expected a whole number after '>', found 'x'`, 2],
    ['n<-1', `expected a whole number after '<', found '-1'`, 2],
    ['n>', `expected a whole number after '>', found the end of the selector`, 2],
    ['n>,a', `expected a whole number after '>', found ','`, 2],
    ['n>9223372036854775808', `the number 9223372036854775808 after '>' is too large`, 2],
    ['app=-x', `the value "-x" for app ${badValue}`, 4],
    ['env in (ok, no way)', `expected ',' or ')' after 'no' in (...), found 'way'`, 15],
    ['env in (ok,_x)', `the value "_x" for env ${badValue}`, 11],
    [`app=${'v'.repeat(64)}`, `the value "${'v'.repeat(64)}" for app ${badValue}`, 4],
    [
      '/app=x',
      `label key "/app" has nothing before '/': remove the '/' or put a domain such as example.com before it`,
      0,
    ],
    ['a/b/c', `label key "a/b/c" may contain only one '/', between an optional prefix and the name`, 0],
    [
      'Example.com/app',
      `label key "Example.com/app" must have a domain name before '/': lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.'), at most 253 characters`,
      0,
    ],
    ['example.com/', `label key "example.com/" needs a name after the '/'`, 0],
    [
      '-app=x',
      `label key "-app" may contain only letters, digits, '-', '_' and '.', must start and end with a letter or digit, and be at most 63 characters`,
      0,
    ],
    [
      'app=x,!example.com/_x',
      `label key "example.com/_x" must have a name after '/' that contains only letters, digits, '-', '_' and '.', starts and ends with a letter or digit, and is at most 63 characters`,
      7,
    ],
  ])('refuses %j: %s', (text, message, position) => {
    expect(parseLabelSelector(text)).toEqual({ ok: false, message, position });
  });
});

describe('matchesLabelSelector', () => {
  const pod = { app: 'backend', tier: 'api', replicas: '3' };
  it.each<[string, Record<string, string>, boolean]>([
    ['', {}, true],
    ['', pod, true],
    ['app=backend', pod, true],
    ['app==backend', pod, true],
    ['app=frontend', pod, false],
    ['app=backend', {}, false],
    ['app=backend,tier=api', pod, true],
    ['app=backend,tier=web', pod, false],
    ['tier!=web', pod, true],
    ['tier!=api', pod, false],
    ['zone!=east', pod, true],
    ['tier in (api, web)', pod, true],
    ['tier in (web)', pod, false],
    ['zone in (east)', pod, false],
    ['tier notin (web)', pod, true],
    ['tier notin (api)', pod, false],
    ['zone notin (east)', pod, true],
    ['tier', pod, true],
    ['zone', pod, false],
    ['!zone', pod, true],
    ['!tier', pod, false],
    ['app=', { app: '' }, true],
    ['app=', {}, false],
    ['replicas>2', pod, true],
    ['replicas>3', pod, false],
    ['replicas<4', pod, true],
    ['replicas<3', pod, false],
    ['replicas>2', {}, false],
    ['app>2', pod, false],
  ])('%j on %j matches: %s', (text, labels, expected) => {
    expect(matchesLabelSelector(requirementsOf(text), labels)).toBe(expected);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(matchesLabelSelector(requirementsOf('constructor'), {})).toBe(false);
    expect(matchesLabelSelector(requirementsOf('!toString'), {})).toBe(true);
  });

  it('matches any labels with a selector built from those same labels', () => {
    const labelName = fc.stringMatching(/^[a-z0-9]([-a-z0-9_.]{0,10}[a-z0-9])?$/);
    const labelValue = fc.stringMatching(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?)?$/);
    fc.assert(
      fc.property(fc.dictionary(labelName, labelValue, { minKeys: 1 }), (labels) => {
        const selector = Object.entries(labels)
          .map(([key, value]) => `${key}=${value}`)
          .join(',');
        const requirements = requirementsOf(selector);
        expect(matchesLabelSelector(requirements, labels)).toBe(true);
        expect(matchesLabelSelector(requirements, {})).toBe(false);
      }),
    );
  });
});
