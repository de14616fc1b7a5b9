// What the console answers to "who matches this connector (or listener)".
import type { StatusView } from '../status/interpret-status.ts';

/** How the console's own view compares with the controller's flag. */
export type MatchingAgreement = 'agree' | 'controller-only' | 'console-only' | 'unknown';

export interface MatchedListener {
  site: string;
  name: string;
  namespace?: string;
  host: string;
  port: number;
  phase: StatusView;
}

export interface MatchedConnector {
  site: string;
  name: string;
  namespace?: string;
  host?: string;
  selector?: string;
  port: number;
  phase: StatusView;
}

/** A site that the controller's network view says holds counterparts for the routing key. */
export interface NetworkSiteMatch {
  siteName: string;
  siteId?: string;
  namespace?: string;
  platform?: string;
}

interface MatchingCommon {
  routingKey: string;
  /** Distinct console sites that hold a counterpart. */
  siteCount: number;
  /** Whether the resource's own site reports the controller's network view (Site.status.network). */
  networkView: 'available' | 'unavailable';
  agreement: MatchingAgreement;
  /** Plain words on why the console's and the controller's answers differ, or why one is missing. */
  note?: string;
}

export interface ConnectorMatching extends MatchingCommon {
  /** Listeners with the same routing key in every configured site, sorted by site then name. */
  listeners: MatchedListener[];
  networkSites: (NetworkSiteMatch & { listeners: string[] })[];
  /** The controller's flag; missing means false. */
  hasMatchingListener: boolean;
}

export interface ListenerMatching extends MatchingCommon {
  /** Connectors with the same routing key in every configured site, sorted by site then name. */
  connectors: MatchedConnector[];
  /** `connectors` are the destination hosts the controller reports. */
  networkSites: (NetworkSiteMatch & { connectors: string[] })[];
  /** The controller's flag; missing means false. */
  hasMatchingConnector: boolean;
}
