// Text helpers shared by the connector and listener lists.
import type { StatusView } from '@connector-console/model';

/** Every whitespace-separated term must appear somewhere in the row's text (case-insensitive). */
export function matchesText(searchText: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => searchText.includes(term));
}

/** Problems first when sorting by status ascending. */
export const STATUS_ORDER: Record<StatusView, number> = { Error: 0, Pending: 1, NotReconciled: 2, Ready: 3 };

export function describeMatching(count: number, siteCount: number, noun: 'listener' | 'connector'): string {
  if (count === 0) return 'None';
  const things = `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${things} in ${siteCount} site${siteCount === 1 ? '' : 's'}`;
}
