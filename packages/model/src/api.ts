// The shapes the BFF's HTTP API and event stream speak; the web app and the BFF both use these.
import type { ConnectorMatching, ListenerMatching, MatchingSummary } from './matching/index.ts';
import type { Platform } from './platform.ts';
import type { LocatedNotice } from './yaml/index.ts';
import type { Problem } from './problems.ts';
import type { Connector, Listener, Site } from './types.ts';

export type SiteKind = 'kubernetes' | 'system';
export type SiteState = 'connecting' | 'ready' | 'error' | 'stale';

/** One entry of `GET /api/sites`, and of the `sites` event. */
export interface SiteSummary {
  id: string;
  name: string;
  kind: SiteKind;
  platform: Platform;
  namespace: string;
  state: SiteState;
  /** Why the site is in error or stale, in words a person can act on. */
  message?: string;
  /** When the site entered this state (ISO time). */
  since: string;
  /** When the site last had a complete, current view (ISO time). */
  lastSync?: string;
  /** False when nothing keeps status current (a local site without a running system controller). */
  statusLive: boolean;
  /** True when the console's credentials may not write connectors there. */
  readOnly?: boolean;
  /** True for the built-in demo network, whose status comes from simulated controllers. */
  demo?: boolean;
  /** Per-user mode: what the signed-in person may do there, as Kubernetes RBAC answers. */
  access?: SiteAccess;
}

/** What one person may do with connectors in one site (from SelfSubjectAccessReviews). */
export interface SiteAccess {
  /** May list connectors and listeners; without it the site's resources are not shown to this person. */
  read: boolean;
  create: boolean;
  update: boolean;
  delete: boolean;
}

/** `GET /api/session`: how people are authenticated, and who is using the console. */
export interface SessionAnswer {
  /** `shared`: every request uses the console's own credentials; `per-user`: each person's own bearer token. */
  mode: 'shared' | 'per-user';
  signedIn: boolean;
  /** The Kubernetes user name, when the API server says who the token belongs to. */
  user?: string;
  /** Where the token came from: a header set by an authenticating proxy, or the console's sign-in page. */
  via?: 'proxy' | 'sign-in';
}

/** `GET /api/sites/:site/connectors/:name`: one connector with the full matching answer. */
export interface ConnectorEntry {
  site: string;
  resource: Connector;
  matching: ConnectorMatching;
  /** Local sites: the text of the connector's file, comments and all, for an editor to start from. */
  source?: string;
}

export interface ListenerEntry {
  site: string;
  resource: Listener;
  matching: ListenerMatching;
}

/** An item of `GET /api/connectors`: the matching answer in short, so 10,000 rows stay small. */
export interface ConnectorListItem {
  site: string;
  resource: Connector;
  matching: MatchingSummary;
}

/** An item of `GET /api/listeners`. */
export interface ListenerListItem {
  site: string;
  resource: Listener;
  matching: MatchingSummary;
}

export type WatchedKind = 'Connector' | 'Listener' | 'Site';
export type WatchedResource = Connector | Listener | Site;
export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change as viewers see it: the resource, and its fresh matching summary unless it was deleted or is a Site. */
export interface ViewChange {
  site: string;
  kind: WatchedKind;
  type: ChangeType;
  resource: WatchedResource;
  matching?: MatchingSummary;
}

/** Entries of the `changes` event; `key` is `<site>/<kind>/<name>`. */
export type ChangeEvent = ViewChange & { key: string };
/** Entries of the `sites` event; `key` is the site id. */
export type HealthEvent = SiteSummary & { key: string };

/** What a write returns: the object as the site returned it, and what the console noticed on the way. */
export interface WriteAnswer {
  site: string;
  resource: Connector;
  matching?: ConnectorMatching;
  warnings: Problem[];
  notices: LocatedNotice[];
  dryRun: boolean;
}

export interface ValidationAnswer {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
  notices: LocatedNotice[];
}

export interface ApiError {
  error: {
    code: string;
    message: string;
    details?: { problems?: Problem[]; warnings?: Problem[]; current?: unknown; [key: string]: unknown };
  };
}

export interface PodSummary {
  name: string;
  ip?: string;
  phase: string;
  ready: boolean;
  labels: Record<string, string>;
}

export interface WorkloadSummary {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Service';
  name: string;
  /** The selector the CLI's --workload option would derive: `k1=v1,k2=v2`. */
  selector: string;
}

export interface ApplyResult {
  /** True when the console ran the reload itself. */
  ran: boolean;
  command: string;
  output?: string;
  message: string;
}
