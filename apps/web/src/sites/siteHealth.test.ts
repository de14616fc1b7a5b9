import { describe, expect, it } from 'vitest';
import { site } from '../testing/fixtures.ts';
import { SITE_STATES, siteBanners } from './siteHealth.ts';

describe('siteBanners', () => {
  it('raises one banner per unreachable or stale site, saying why', () => {
    const banners = siteBanners([
      site('east'),
      site('west', { state: 'error', message: 'Connection refused.' }),
      site('north', { state: 'stale', name: 'North' }),
      site('south', { state: 'connecting' }),
    ]);
    expect(banners.map((b) => [b.site, b.variant])).toEqual([
      ['west', 'danger'],
      ['north', 'warning'],
    ]);
    expect(banners[0]?.title).toBe('Site west is unreachable');
    expect(banners[0]?.detail).toContain('Connection refused.');
    expect(banners[1]?.title).toBe('Site North is out of date');
  });

  it('names every site state in words', () => {
    expect(Object.values(SITE_STATES).map((look) => look.text)).toEqual([
      'Connecting',
      'Ready',
      'Unreachable',
      'Out of date',
    ]);
  });
});
