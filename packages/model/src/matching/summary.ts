// The short form of a matching answer that lists and live updates carry; details come with a single resource.
import { bySiteThenName, type Located } from './located.ts';
import type { MatchingAgreement } from './matching-types.ts';

/** A counterpart named in a summary: enough to show it and link to it. */
export interface NamedCounterpart {
  site: string;
  name: string;
}

export interface MatchingSummary {
  routingKey: string;
  /** Counterparts the console sees: listeners for a connector, connectors for a listener. */
  count: number;
  /** Distinct console sites that hold them. */
  siteCount: number;
  /** The controller's flag (hasMatchingListener / hasMatchingConnector); missing means false. */
  controllerMatched: boolean;
  agreement: MatchingAgreement;
  note?: string;
  /**
   * Listener summaries only: the first few matching connectors, sorted by site then name. Connector summaries
   * leave it out, because the connector list carries thousands of rows.
   */
  names?: NamedCounterpart[];
}

/** How many counterparts a listener summary names; `count` says how many there are in all. */
export const SUMMARY_NAME_LIMIT = 3;

/** The first `limit` by site then name, in one pass: a routing key may have thousands of counterparts. */
export function firstNamed(
  counterparts: readonly Located<{ metadata: { name?: string } }>[],
  limit = SUMMARY_NAME_LIMIT,
): NamedCounterpart[] {
  const first: NamedCounterpart[] = [];
  for (const { site, resource } of counterparts) {
    const named = { site, name: resource.metadata.name ?? '' };
    const last = first.at(-1);
    if (first.length >= limit && last && bySiteThenName(named, last) >= 0) continue;
    first.push(named);
    first.sort(bySiteThenName);
    if (first.length > limit) first.pop();
  }
  return first;
}
