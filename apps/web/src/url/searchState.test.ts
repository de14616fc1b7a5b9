import { describe, expect, it } from 'vitest';
import { readChoice, readSort, readText, sortParams, withParams } from './searchState.ts';

describe('URL search state', () => {
  it('reads a choice from the URL and falls back when the value is not one of the allowed ones', () => {
    const allowed = ['a', 'b'] as const;
    expect(readChoice(new URLSearchParams('tab=b'), 'tab', allowed, 'a')).toBe('b');
    expect(readChoice(new URLSearchParams('tab=zzz'), 'tab', allowed, 'a')).toBe('a');
    expect(readChoice(new URLSearchParams(''), 'tab', allowed, 'a')).toBe('a');
  });

  it('reads text as written, empty when missing', () => {
    expect(readText(new URLSearchParams('q=web%20a'), 'q')).toBe('web a');
    expect(readText(new URLSearchParams(''), 'q')).toBe('');
  });

  it('reads the sort column and direction, ignoring unknown columns', () => {
    const fallback = { by: 'name', direction: 'asc' } as const;
    expect(readSort(new URLSearchParams('sort=site&dir=desc'), ['name', 'site'], fallback)).toEqual({
      by: 'site',
      direction: 'desc',
    });
    expect(readSort(new URLSearchParams('sort=evil&dir=sideways'), ['name', 'site'], fallback)).toEqual(
      fallback,
    );
  });

  it('leaves the default sort out of the URL and writes any other', () => {
    const fallback = { by: 'name', direction: 'asc' } as const;
    expect(sortParams(fallback, fallback)).toEqual({});
    expect(sortParams({ by: 'site', direction: 'asc' }, fallback)).toEqual({ sort: 'site' });
    expect(sortParams({ by: 'name', direction: 'desc' }, fallback)).toEqual({ sort: 'name', dir: 'desc' });
  });

  it('sets, replaces and removes parameters while keeping the others', () => {
    const next = withParams(new URLSearchParams('q=web&site=east&tab=yaml'), {
      q: 'db',
      site: '',
      status: 'Error',
    });
    expect(next.toString()).toBe('q=db&tab=yaml&status=Error');
  });
});
