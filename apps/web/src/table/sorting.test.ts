import { describe, expect, it } from 'vitest';
import { compareValues, sortRows } from './sorting.ts';

interface Row {
  name: string;
  count: number;
}
const values = { name: (row: Row) => row.name, count: (row: Row) => row.count };
const rows: Row[] = [
  { name: 'web-10', count: 2 },
  { name: 'web-2', count: 1 },
  { name: 'Api', count: 2 },
];

describe('sortRows', () => {
  it('orders names the way people read them: case-insensitive, numbers by value', () => {
    expect(
      sortRows(rows, values, { by: 'name', direction: 'asc' }, (r) => r.name).map((r) => r.name),
    ).toEqual(['Api', 'web-2', 'web-10']);
  });

  it('reverses for descending but keeps ties in name order', () => {
    expect(
      sortRows(rows, values, { by: 'count', direction: 'desc' }, (r) => r.name).map((r) => r.name),
    ).toEqual(['Api', 'web-10', 'web-2']);
  });

  it('leaves the input untouched', () => {
    const before = rows.slice();
    sortRows(rows, values, { by: 'name', direction: 'desc' }, (r) => r.name);
    expect(rows).toEqual(before);
  });

  it('compares numbers as numbers', () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
  });
});
