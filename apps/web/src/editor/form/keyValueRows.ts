// The rows of a key/value editor: a row may be half written (no key yet, or a key used twice) before it is saved.
export interface KeyValueRow {
  id: number;
  key: string;
  value: string;
}

export interface RowProblems {
  key?: string;
  value?: string;
}

/** The rows, and the id the next new row gets (ids keep focus on the right row while keys change). */
export interface KeyValueDraft {
  rows: KeyValueRow[];
  nextId: number;
}

export function toRows(entries: Readonly<Record<string, string>>, firstId: number): KeyValueRow[] {
  return Object.entries(entries).map(([key, value], index) => ({ id: firstId + index, key, value }));
}

export function draftOf(entries: Readonly<Record<string, string>>, firstId = 1): KeyValueDraft {
  const rows = toRows(entries, firstId);
  return { rows, nextId: firstId + rows.length };
}

export function withNewRow(draft: KeyValueDraft): KeyValueDraft {
  return { rows: [...draft.rows, { id: draft.nextId, key: '', value: '' }], nextId: draft.nextId + 1 };
}

/** The map the rows stand for: rows without a key wait, and a repeated key counts once (its first row). */
export function rowsToEntries(rows: readonly KeyValueRow[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const row of rows)
    if (row.key !== '' && !Object.hasOwn(entries, row.key)) entries[row.key] = row.value;
  return entries;
}

export function sameEntries(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}

export interface RowRules {
  /** What the entries are called in messages: "label", "annotation", "setting". */
  noun: string;
  validateKey?: (key: string) => string | undefined;
  validateValue?: (value: string) => string | undefined;
}

export function rowProblems(rows: readonly KeyValueRow[], rules: RowRules): Map<number, RowProblems> {
  const problems = new Map<number, RowProblems>();
  const seen = new Set<string>();
  for (const row of rows) {
    const found: RowProblems = {};
    if (row.key === '') {
      if (row.value !== '') found.key = `Give this ${rules.noun} a key; it is not saved without one.`;
    } else if (seen.has(row.key)) {
      found.key = `The key ${row.key} is used twice; only the first is saved. Keep one.`;
    } else {
      found.key = rules.validateKey?.(row.key);
    }
    seen.add(row.key);
    found.value = row.key === '' ? undefined : rules.validateValue?.(row.value);
    if (found.key || found.value) problems.set(row.id, found);
  }
  return problems;
}
