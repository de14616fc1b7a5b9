import { describe, expect, it } from 'vitest';
import { parseSiteFlag, siteId } from './siteSpec.ts';

describe('the --site flag', () => {
  it.each([
    [
      'east=kubernetes:east/hello-world-east',
      { kind: 'kubernetes', name: 'east', context: 'east', namespace: 'hello-world-east' },
    ],
    ['kubernetes:prod', { kind: 'kubernetes', context: 'prod' }],
    ['kubernetes:', { kind: 'kubernetes' }],
    ['edge=system:default', { kind: 'system', name: 'edge', namespace: 'default' }],
    ['system:west', { kind: 'system', namespace: 'west' }],
  ])('reads %s', (flag, spec) => {
    expect(parseSiteFlag(flag)).toEqual(spec);
  });

  it('explains the accepted forms when a site is not understood', () => {
    expect(() => parseSiteFlag('east')).toThrow(
      '--site "east" is not understood; use <name>=kubernetes:<context>[/<namespace>] or <name>=system:<namespace> (the name= part is optional).',
    );
  });

  it('refuses a local site without a namespace', () => {
    expect(() => parseSiteFlag('system:')).toThrow(
      '--site "system:" needs a local namespace after "system:".',
    );
  });

  it('turns any site name into an id that is safe in a URL', () => {
    expect(siteId('Prod Cluster/eu-west')).toBe('prod-cluster-eu-west');
    expect(siteId('kind-kind')).toBe('kind-kind');
    expect(siteId('../..')).toBe('site');
  });
});
