import { describe, expect, it, vi } from 'vitest';
import { safeNextPath, sendToSignIn, signInTarget } from './signInRedirect.ts';

describe('safeNextPath', () => {
  it('returns to a page of this console, with its query and fragment', () => {
    expect(safeNextPath('/sites/east/connectors/web?tab=yaml#spec')).toBe(
      '/sites/east/connectors/web?tab=yaml#spec',
    );
  });

  it('goes to the connectors when there is nowhere to return to', () => {
    expect(safeNextPath(null)).toBe('/connectors');
    expect(safeNextPath('')).toBe('/connectors');
  });

  it('never leaves the console, however the address is written', () => {
    for (const elsewhere of [
      'https://evil.example/connectors',
      '//evil.example/connectors',
      '/\\evil.example',
      'javascript:alert(1)',
      'connectors',
    ]) {
      expect(safeNextPath(elsewhere)).toBe('/connectors');
    }
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeNextPath('/sign-in?next=%2Fsites')).toBe('/connectors');
  });
});

describe('signInTarget', () => {
  it('sends the person to sign in, remembering the page and its filters', () => {
    const target = signInTarget({ pathname: '/connectors', search: '?site=east' });
    expect(target).toBe('/sign-in?next=%2Fconnectors%3Fsite%3Deast');
    expect(new URLSearchParams(target?.split('?')[1]).get('next')).toBe('/connectors?site=east');
  });

  it('stays put on the sign-in page, so a refused token there does not stack redirects', () => {
    expect(signInTarget({ pathname: '/sign-in', search: '?next=%2Fsites' })).toBeUndefined();
  });
});

describe('sendToSignIn', () => {
  it('replaces the current page in the history, so Back does not return to a refused page', () => {
    const navigate = vi.fn(() => Promise.resolve());
    sendToSignIn({ state: { location: { pathname: '/sites', search: '' } }, navigate });
    expect(navigate).toHaveBeenCalledWith('/sign-in?next=%2Fsites', { replace: true });
  });
});
