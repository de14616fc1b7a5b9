import { describe, expect, it } from 'vitest';
import { site } from '../testing/fixtures.ts';
import { applySiteHealth } from './applySiteHealth.ts';

describe('applySiteHealth', () => {
  it('updates a site’s health in place and leaves the others as they were', () => {
    const east = site('east');
    const west = site('west');
    const next = applySiteHealth(
      [east, west],
      [{ key: 'west', ...site('west', { state: 'error', message: 'down' }) }],
    );
    expect(next[0]).toBe(east);
    expect(next[1]).toEqual(site('west', { state: 'error', message: 'down' }));
  });

  it('adds a site it did not know, without the event’s key field', () => {
    const next = applySiteHealth(undefined, [{ key: 'north', ...site('north') }]);
    expect(next).toEqual([site('north')]);
  });
});
