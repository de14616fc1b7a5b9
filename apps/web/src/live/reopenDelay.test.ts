import { describe, expect, it } from 'vitest';
import { reopenDelay } from './reopenDelay.ts';

describe('reopenDelay', () => {
  it('waits five seconds after the first refusal, then twice as long after each further one', () => {
    expect([1, 2, 3, 4].map(reopenDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('never waits longer than a minute, however long the server keeps refusing', () => {
    expect(reopenDelay(5)).toBe(60_000);
    expect(reopenDelay(50)).toBe(60_000);
  });
});
