import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime.ts';

const now = Date.parse('2025-06-01T12:00:00Z');

describe('formatRelativeTime', () => {
  it('says "now" for the last few seconds', () => {
    expect(formatRelativeTime('2025-06-01T11:59:55Z', now, 'en')).toBe('now');
  });

  it('uses the largest whole unit', () => {
    expect(formatRelativeTime('2025-06-01T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime('2025-06-01T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime('2025-05-31T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2025-04-01T12:00:00Z', now, 'en')).toBe('2 months ago');
  });

  it('speaks of the future too, and leaves an unreadable time as it was', () => {
    expect(formatRelativeTime('2025-06-01T12:02:00Z', now, 'en')).toBe('in 2 minutes');
    expect(formatRelativeTime('yesterday-ish', now, 'en')).toBe('yesterday-ish');
  });
});
