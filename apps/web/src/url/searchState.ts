// Reading and writing a view's state in the URL's search parameters; defaults are left out of the URL.
import type { SortDirection, SortState } from '../table/sorting.ts';

export function readText(params: URLSearchParams, key: string): string {
  return params.get(key) ?? '';
}

/** One of `allowed`, or the fallback when the URL holds anything else. */
export function readChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = params.get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export const SORT_PARAM = 'sort';
export const DIRECTION_PARAM = 'dir';

export function readSort<K extends string>(
  params: URLSearchParams,
  sortable: readonly K[],
  fallback: SortState<K>,
): SortState<K> {
  const by = readChoice(params, SORT_PARAM, sortable, fallback.by);
  const direction = readChoice<SortDirection>(params, DIRECTION_PARAM, ['asc', 'desc'], 'asc');
  return { by, direction };
}

/** Sort parameters for `sort`, with the default left out. */
export function sortParams<K extends string>(
  sort: SortState<K>,
  fallback: SortState<K>,
): Record<string, string> {
  const params: Record<string, string> = {};
  if (sort.by !== fallback.by || sort.direction !== fallback.direction) params[SORT_PARAM] = sort.by;
  if (sort.direction !== 'asc') params[DIRECTION_PARAM] = sort.direction;
  return params;
}

/** A copy of `current` with `updates` applied: an empty or undefined value removes the parameter. */
export function withParams(
  current: URLSearchParams,
  updates: Record<string, string | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(updates)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}
