import { describe, expect, it } from 'vitest';
import { ageOf, humanDuration } from './humanDuration.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('humanDuration', () => {
  it.each([
    [45 * SECOND, '45s'],
    [119 * SECOND, '119s'],
    [3 * MINUTE + 20 * SECOND, '3m20s'],
    [5 * MINUTE, '5m'],
    [90 * MINUTE, '90m'],
    [5 * HOUR + 30 * MINUTE, '5h30m'],
    [30 * HOUR, '30h'],
    [3 * DAY + 4 * HOUR, '3d4h'],
    [40 * DAY, '40d'],
    [3 * 365 * DAY + 10 * DAY, '3y10d'],
    [-500, '0s'],
    [-5 * SECOND, '<invalid>'],
  ])('shows %d ms as %s, like kubectl', (milliseconds, expected) => {
    expect(humanDuration(milliseconds)).toBe(expected);
  });

  it('shows <unknown> for an object without a creation time', () => {
    expect(ageOf(undefined, new Date())).toBe('<unknown>');
  });
});
