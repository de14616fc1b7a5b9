import { validateLabelKey } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { rowProblems, rowsToEntries, sameEntries, toRows } from './keyValueRows.ts';

describe('key/value rows', () => {
  it('stand for the map they came from', () => {
    const entries = { app: 'web', tier: 'front' };
    expect(rowsToEntries(toRows(entries, 1))).toEqual(entries);
  });

  it('leave out a row with no key yet, and count a repeated key once', () => {
    const rows = [
      { id: 1, key: 'app', value: 'web' },
      { id: 2, key: '', value: 'pending' },
      { id: 3, key: 'app', value: 'other' },
    ];
    expect(rowsToEntries(rows)).toEqual({ app: 'web' });
    const problems = rowProblems(rows, { noun: 'label' });
    expect(problems.get(2)?.key).toMatch(/Give this label a key/);
    expect(problems.get(3)?.key).toMatch(/used twice/);
    expect(problems.has(1)).toBe(false);
  });

  it('checks keys and values by the rules given', () => {
    const problems = rowProblems([{ id: 1, key: 'Bad Key!', value: '' }], {
      noun: 'label',
      validateKey: validateLabelKey,
    });
    expect(problems.get(1)?.key).toBeTruthy();
  });

  it('compare maps by their entries, not their order', () => {
    expect(sameEntries({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameEntries({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameEntries({ a: '1' }, { a: '1', b: '' })).toBe(false);
  });
});
