// The pure reducer that folds `sites` events (health per site) into the cached site list.
import type { HealthEvent, SiteSummary } from '@connector-console/model';

function summaryOf(event: HealthEvent): SiteSummary {
  const { key: _key, ...summary } = event;
  return summary;
}

/** Upserts by site id, keeping the order sites were first listed in and untouched sites as they were. */
export function applySiteHealth(
  sites: readonly SiteSummary[] | undefined,
  events: readonly HealthEvent[],
): SiteSummary[] {
  const next = sites ? sites.slice() : [];
  const positions = new Map(next.map((summary, at) => [summary.id, at]));
  for (const event of events) {
    const summary = summaryOf(event);
    const at = positions.get(summary.id);
    if (at === undefined) {
      positions.set(summary.id, next.length);
      next.push(summary);
    } else {
      next[at] = summary;
    }
  }
  return next;
}
