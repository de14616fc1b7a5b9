import { describe, expect, it } from 'vitest';
import { areaOfPath } from './navigation.ts';

describe('areaOfPath', () => {
  it('marks Connectors for the list, the editor and a connector’s details under its site', () => {
    expect(areaOfPath('/connectors')).toBe('connectors');
    expect(areaOfPath('/connectors/new')).toBe('connectors');
    expect(areaOfPath('/sites/east/connectors/web')).toBe('connectors');
    expect(areaOfPath('/sites/east/connectors/web/edit')).toBe('connectors');
  });

  it('marks Listeners, not Sites, for a listener’s details under its site', () => {
    expect(areaOfPath('/sites/east/listeners/db-client')).toBe('listeners');
    expect(areaOfPath('/sites/east')).toBe('sites');
  });

  it('marks Sites and Listeners for their own pages, and nothing for unknown paths', () => {
    expect(areaOfPath('/sites')).toBe('sites');
    expect(areaOfPath('/listeners')).toBe('listeners');
    expect(areaOfPath('/connectorsx')).toBeUndefined();
    expect(areaOfPath('/elsewhere')).toBeUndefined();
  });
});
