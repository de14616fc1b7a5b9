import { describe, expect, it } from 'vitest';
import { readDetailsState, writeDetailsState } from './detailsState.ts';

describe('connector details URL state', () => {
  it('opens the tab named in the URL, and the status tab otherwise', () => {
    expect(readDetailsState(new URLSearchParams('tab=yaml')).tab).toBe('yaml');
    expect(readDetailsState(new URLSearchParams('tab=secrets')).tab).toBe('status');
    expect(readDetailsState(new URLSearchParams()).tab).toBe('status');
  });

  it('leaves the default tab out of the URL', () => {
    expect(writeDetailsState(new URLSearchParams('tab=yaml'), { tab: 'status' }).toString()).toBe('');
    expect(writeDetailsState(new URLSearchParams(), { tab: 'matching' }).toString()).toBe('tab=matching');
  });
});
