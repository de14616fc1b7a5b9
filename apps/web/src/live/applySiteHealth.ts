// The pure reducer that folds `sites` events (health per site) into the cached site list.
import type { HealthEvent, SiteAccess, SiteSummary } from '@connector-console/model';

/** A site first heard of through an event, in a list fetched for a signed-in person: nothing until the list says. */
const UNKNOWN_ACCESS: SiteAccess = { read: false, create: false, update: false, delete: false };

function summaryOf(event: HealthEvent): SiteSummary {
  const { key: _key, ...summary } = event;
  return summary;
}

/**
 * Upserts by site id, keeping the order sites were first listed in and untouched sites as they were.
 * Only a stream's first event carries the person's access; later health events leave a site the access it had.
 */
export function applySiteHealth(
  sites: readonly SiteSummary[] | undefined,
  events: readonly HealthEvent[],
): SiteSummary[] {
  const next = sites ? sites.slice() : [];
  const positions = new Map(next.map((summary, at) => [summary.id, at]));
  const perUser = next.some((summary) => summary.access !== undefined);
  for (const event of events) {
    const summary = summaryOf(event);
    const at = positions.get(summary.id);
    if (at === undefined) {
      positions.set(summary.id, next.length);
      next.push(perUser && !summary.access ? { ...summary, access: UNKNOWN_ACCESS } : summary);
    } else {
      const access = summary.access ?? next[at]?.access;
      next[at] = access ? { ...summary, access } : summary;
    }
  }
  return next;
}

/** True when events name a site the list lacks: only a fetched list can say what the person may do there. */
export function bringsNewSite(
  sites: readonly SiteSummary[] | undefined,
  events: readonly HealthEvent[],
): boolean {
  if (!sites) return false;
  const known = new Set(sites.map((summary) => summary.id));
  return events.some((event) => !known.has(event.id));
}
