// Sorting rows by a named column: the comparison every list in the console shares.
export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string> {
  by: K;
  direction: SortDirection;
}

export type SortValue = string | number;
/** How to read each sortable column's value from a row; described as data beside the row type. */
export type SortValues<Row, K extends string> = Record<K, (row: Row) => SortValue>;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A new array; equal values keep a stable order by `tieBreak` (usually site then name), whatever the direction. */
export function sortRows<Row, K extends string>(
  rows: readonly Row[],
  values: SortValues<Row, K>,
  sort: SortState<K>,
  tieBreak: (row: Row) => string,
): Row[] {
  const valueOf = values[sort.by];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: valueOf(row), tie: tieBreak(row) }));
  keyed.sort((a, b) => sign * compareValues(a.value, b.value) || collator.compare(a.tie, b.tie));
  return keyed.map((item) => item.row);
}
