import { describe, expect, it } from 'vitest';
import { hasActiveFilter, readConnectorListState, writeConnectorListState } from './connectorListState.ts';

describe('connector list URL state', () => {
  it('reads filters and sort from a shared link', () => {
    const state = readConnectorListState(
      new URLSearchParams('q=web&site=east&status=Error&match=no&sort=matching&dir=desc'),
    );
    expect(state).toEqual({
      text: 'web',
      site: 'east',
      status: 'Error',
      match: 'no',
      sort: { by: 'matching', direction: 'desc' },
    });
  });

  it('falls back to defaults for values it does not know', () => {
    const state = readConnectorListState(new URLSearchParams('status=Bogus&match=maybe&sort=nope'));
    expect(state.status).toBe('');
    expect(state.match).toBe('');
    expect(state.sort).toEqual({ by: 'name', direction: 'asc' });
  });

  it('writes only what differs from the defaults and keeps unrelated parameters', () => {
    const next = writeConnectorListState(new URLSearchParams('other=1&q=old'), {
      text: '',
      status: 'Pending',
      sort: { by: 'site', direction: 'asc' },
    });
    expect(Object.fromEntries(next)).toEqual({ other: '1', status: 'Pending', sort: 'site' });
  });

  it('round-trips a state through the URL', () => {
    const state = readConnectorListState(new URLSearchParams('q=a%20b&match=yes&sort=status&dir=desc'));
    expect(readConnectorListState(writeConnectorListState(new URLSearchParams(), state))).toEqual(state);
  });

  it('knows when any filter narrows the list', () => {
    expect(hasActiveFilter(readConnectorListState(new URLSearchParams('sort=site')))).toBe(false);
    expect(hasActiveFilter(readConnectorListState(new URLSearchParams('match=yes')))).toBe(true);
  });
});
