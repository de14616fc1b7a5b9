import type { SiteAccess } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { site } from '../testing/fixtures.ts';
import { applySiteHealth, bringsNewSite } from './applySiteHealth.ts';

const READ_ONLY: SiteAccess = { read: true, create: false, update: false, delete: false };

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

  it('keeps what the person may do in a site when its health changes, since health events do not say', () => {
    const next = applySiteHealth(
      [site('east', { access: READ_ONLY })],
      [{ key: 'east', ...site('east', { state: 'stale' }) }],
    );
    expect(next[0]).toEqual(site('east', { state: 'stale', access: READ_ONLY }));
  });

  it('allows nothing in a site first heard of through an event until the list is fetched for the person', () => {
    const next = applySiteHealth([site('east', { access: READ_ONLY })], [{ key: 'north', ...site('north') }]);
    expect(next[1]?.access).toEqual({ read: false, create: false, update: false, delete: false });
    expect(bringsNewSite([site('east')], [{ key: 'north', ...site('north') }])).toBe(true);
    expect(bringsNewSite([site('east')], [{ key: 'east', ...site('east') }])).toBe(false);
  });
});
