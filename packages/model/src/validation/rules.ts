// The naming rules, limits and field lists that connector validation enforces, kept in one place.
import ipaddr from 'ipaddr.js';

export const LIMITS = {
  dnsSubdomainLength: 253,
  dnsLabelLength: 63,
  labelNameLength: 63,
  labelValueLength: 63,
  /** Kubernetes refuses objects whose annotation keys and values together exceed 256 KiB. */
  annotationsTotalBytes: 256 * 1024,
  portMin: 1,
  portMax: 65535,
} as const;

const PATTERNS = {
  dnsLabel: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  // Written with `?` rather than the CLI's `*` around the inner group: same language, no catastrophic backtracking.
  dnsSubdomain: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  hostname: /^[a-z0-9]+([-.][a-z0-9]+)*$/,
  labelName: /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/,
  labelValue: /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,
  digits: /^\d+$/,
} as const;

/** The only connector type Skupper supports today. */
export const CONNECTOR_TYPES = ['tcp'] as const;

/** Kubernetes object names (DNS-1123 subdomain). */
export function isDnsSubdomain(text: string): boolean {
  return text.length <= LIMITS.dnsSubdomainLength && PATTERNS.dnsSubdomain.test(text);
}

/** Kubernetes namespaces and local-site names (DNS-1123 label: no dots). */
export function isDnsLabel(text: string): boolean {
  return text.length <= LIMITS.dnsLabelLength && PATTERNS.dnsLabel.test(text);
}

/** The skupper CLI's rule for routing keys and local TLS directories: a DNS subdomain without its length limit. */
export function isCliResourceName(text: string): boolean {
  return PATTERNS.dnsSubdomain.test(text);
}

export function isHostname(text: string): boolean {
  return PATTERNS.hostname.test(text);
}

/**
 * Dotted-decimal IPv4 or IPv6, as Go's net.ParseIP (which Skupper uses) reads them: no short or hexadecimal
 * IPv4 forms and no IPv6 zone, which ipaddr.isValid would accept.
 */
export function isIpAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || (ipaddr.IPv6.isValid(text) && !text.includes('%'));
}

/** The name part of a label or annotation key. */
export function isLabelName(text: string): boolean {
  return text.length <= LIMITS.labelNameLength && PATTERNS.labelName.test(text);
}

export function isLabelValue(text: string): boolean {
  return text.length <= LIMITS.labelValueLength && PATTERNS.labelValue.test(text);
}

export function isDigits(text: string): boolean {
  return PATTERNS.digits.test(text);
}

export const CONNECTOR_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'] as const;

/** Every field of a Kubernetes ObjectMeta, so that none of them draws an unknown-field warning. */
export const OBJECT_META_FIELDS = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
] as const;

export const CONNECTOR_FLAG_FIELDS = [
  'useClientCert',
  'verifyHostname',
  'includeNotReadyPods',
  'exposePodsByName',
] as const;
export type ConnectorFlagField = (typeof CONNECTOR_FLAG_FIELDS)[number];

export const CONNECTOR_SPEC_FIELDS = [
  'routingKey',
  'port',
  'selector',
  'host',
  'tlsCredentials',
  'type',
  'settings',
  ...CONNECTOR_FLAG_FIELDS,
] as const;

/** skupper.io/v1alpha1 spec fields and what skupper.io/v2alpha1 calls them now. */
export const RENAMED_SPEC_FIELDS: Readonly<Record<string, string>> = {
  tlsSecret: 'tlsCredentials',
  includeNotReady: 'includeNotReadyPods',
  options: 'settings',
};

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** Go's strconv.ParseInt(text, 10, 64), which Kubernetes uses for the '>' and '<' selector operators. */
export function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const number = BigInt(text);
  return number >= INT64_MIN && number <= INT64_MAX ? number : undefined;
}
