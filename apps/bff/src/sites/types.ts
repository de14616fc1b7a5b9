// The one interface behind which both kinds of site live: Kubernetes namespaces and local Skupper namespaces.
import type {
  ApplyResult,
  ChangeType,
  Connector,
  Platform,
  PodSummary,
  SiteAccess,
  SiteKind,
  SiteState,
  WatchedKind,
  WatchedResource,
  WorkloadSummary,
} from '@connector-console/model';

export type {
  ApplyResult,
  ChangeType,
  PodSummary,
  SiteKind,
  SiteState,
  WatchedKind,
  WatchedResource,
  WorkloadSummary,
};

export interface SiteInfo {
  /** Stable id used in URLs: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`. */
  id: string;
  name: string;
  kind: SiteKind;
  platform: Platform;
  namespace: string;
}

export interface SiteHealth {
  state: SiteState;
  /** Why the site is in error or stale, in words a person can act on. */
  message?: string;
  /** When the site entered this state (ISO time). */
  since: string;
  /** When the site last had a complete, current view (ISO time). */
  lastSync?: string;
  /** False when nothing keeps status current (a local site without a running system controller). */
  statusLive: boolean;
  /** True when the current credentials may not write connectors. */
  readOnly?: boolean;
}

/** Where a site reports what it sees; only watches (informers, file watchers) feed it. */
export interface SiteEventSink {
  /** A complete listing of one kind: replaces everything known of that kind in the site. */
  replaceAll(kind: WatchedKind, items: WatchedResource[]): void;
  change(kind: WatchedKind, type: ChangeType, resource: WatchedResource): void;
  health(health: SiteHealth): void;
}

export interface WriteOptions {
  dryRun?: boolean;
  /**
   * The YAML text the person wrote, when the request was YAML. Sites that store text (local sites) keep its comments;
   * Kubernetes stores JSON and ignores it.
   */
  source?: string;
}

/** What a request may ask of a site: writes and the connector form's helpers. */
export interface SiteActions {
  readonly info: SiteInfo;
  createConnector(connector: Connector, options?: WriteOptions): Promise<Connector>;
  /** `connector.metadata.resourceVersion` is required and must be current, or a Conflict is thrown. */
  replaceConnector(name: string, connector: Connector, options?: WriteOptions): Promise<Connector>;
  /** JSON merge patch; a `metadata.resourceVersion` in it is a precondition. */
  patchConnector(name: string, patch: Record<string, unknown>, options?: WriteOptions): Promise<Connector>;
  deleteConnector(name: string, options?: { resourceVersion?: string }): Promise<void>;

  /** Names a connector's tlsCredentials may take: Secret names, or certificate directories. */
  listTlsCredentials(): Promise<string[]>;
  /** Pods a selector picks now (Kubernetes only; local sites return an empty list). */
  listPods(selector: string, includeNotReady: boolean): Promise<PodSummary[]>;
  listWorkloads(): Promise<WorkloadSummary[]>;
  /** Local sites: make written files take effect. */
  apply?(): Promise<ApplyResult>;
  /** Local sites: the text of the connector's own file, comments and all, so an editor can start from it. */
  readConnectorSource?(name: string): Promise<string | undefined>;
}

/** A person's own view of a site in per-user mode: their bearer token makes every call, so RBAC decides. */
export interface UserSiteActions extends SiteActions {
  access(): Promise<SiteAccess>;
  whoAmI(): Promise<string | undefined>;
}

export interface SiteBackend extends SiteActions {
  start(sink: SiteEventSink): Promise<void>;
  stop(): Promise<void>;
  /** Kubernetes sites: the same site acting with someone else's bearer token (never stored). */
  asUser?(token: string): UserSiteActions;
}
