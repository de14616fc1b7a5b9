// The skupper.io/v2alpha1 resource shapes that every part of the console speaks.

export const SKUPPER_GROUP = 'skupper.io';
export const SKUPPER_VERSION = 'v2alpha1';
export const SKUPPER_API_VERSION = `${SKUPPER_GROUP}/${SKUPPER_VERSION}` as const;
export const SKUPPER_V1ALPHA1_API_VERSION = 'skupper.io/v1alpha1';

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  managedFields?: unknown[];
  [key: string]: unknown;
}

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

/** The controller's verdict on a resource: `status.status`. */
export type StatusPhase = 'Pending' | 'Error' | 'Ready';

export interface ResourceStatus {
  status?: StatusPhase | string;
  message?: string;
  conditions?: Condition[];
}

export interface ConnectorSpec {
  routingKey: string;
  port: number;
  selector?: string;
  host?: string;
  tlsCredentials?: string;
  useClientCert?: boolean;
  verifyHostname?: boolean;
  type?: string;
  includeNotReadyPods?: boolean;
  exposePodsByName?: boolean;
  settings?: Record<string, string>;
}

export interface SelectedPod {
  name?: string;
  ip?: string;
}

export interface ConnectorStatus extends ResourceStatus {
  /** Go omits false booleans: missing means false. */
  hasMatchingListener?: boolean;
  selectedPods?: SelectedPod[];
}

export interface Connector {
  apiVersion: typeof SKUPPER_API_VERSION;
  kind: 'Connector';
  metadata: ObjectMeta;
  spec: ConnectorSpec;
  status?: ConnectorStatus;
}

export type ListenerObserver = 'auto' | 'none' | 'http1' | 'http2';

export interface ListenerSpec {
  routingKey: string;
  host: string;
  port: number;
  tlsCredentials?: string;
  type?: string;
  observer?: ListenerObserver | string;
  exposePodsByName?: boolean;
  settings?: Record<string, string>;
}

export interface ListenerStatus extends ResourceStatus {
  hasMatchingConnector?: boolean;
}

export interface Listener {
  apiVersion: typeof SKUPPER_API_VERSION;
  kind: 'Listener';
  metadata: ObjectMeta;
  spec: ListenerSpec;
  status?: ListenerStatus;
}

export interface NetworkLink {
  name?: string;
  remoteSiteId?: string;
  remoteSiteName?: string;
  operational?: boolean;
}

export interface NetworkService {
  routingKey: string;
  /** Destination hosts of the connectors for this key in that site. */
  connectors?: string[];
  /** Names of the listeners for this key in that site. */
  listeners?: string[];
}

/** One entry of `Site.status.network`: the controller's view of one site in the whole network. */
export interface NetworkSite {
  id: string;
  name: string;
  namespace?: string;
  platform?: string;
  version?: string;
  links?: NetworkLink[];
  services?: NetworkService[];
}

export interface SiteSpec {
  linkAccess?: string;
  serviceAccount?: string;
  ha?: boolean;
  edge?: boolean;
  settings?: Record<string, string>;
  [key: string]: unknown;
}

export interface SiteStatus extends ResourceStatus {
  sitesInNetwork?: number;
  network?: NetworkSite[];
  [key: string]: unknown;
}

export interface Site {
  apiVersion: typeof SKUPPER_API_VERSION;
  kind: 'Site';
  metadata: ObjectMeta;
  spec?: SiteSpec;
  status?: SiteStatus;
}

export type SkupperResource = Connector | Listener | Site;
export type SkupperKind = SkupperResource['kind'];
