// The short form of a matching answer that lists and live updates carry; details come with a single resource.
import type { MatchingAgreement } from './matching-types.ts';

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
}
