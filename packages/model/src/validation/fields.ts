// Validators for single connector fields: the form calls them as people type, validateConnector reuses them.
// Each returns the message to show, or undefined when the value is fine.
import { isLocalPlatform, type Platform } from '../platform.ts';
import { parseLabelSelector } from './labelSelector.ts';
import { fieldMessages as say } from './messages.ts';
import {
  CONNECTOR_TYPES,
  LIMITS,
  isCliResourceName,
  isDnsLabel,
  isDnsSubdomain,
  isHostname,
  isIpAddress,
  type ConnectorFlagField,
} from './rules.ts';
import { isAbsent } from './values.ts';

/** metadata.name: a DNS subdomain on Kubernetes; local sites refuse dots (their loader's rule). */
export function validateName(value: unknown, platform: Platform): string | undefined {
  if (isAbsent(value) || value === '') return say.required('Name');
  if (typeof value !== 'string') return say.notText('Name', value);
  if (isLocalPlatform(platform)) return isDnsLabel(value) ? undefined : say.nameLocal;
  return isDnsSubdomain(value) ? undefined : say.nameKubernetes;
}

/** metadata.namespace may be left out; when given it must be the site's own namespace, when that is known. */
export function validateNamespace(value: unknown, siteNamespace?: string): string | undefined {
  if (isAbsent(value) || value === '') return undefined;
  if (typeof value !== 'string') return say.notText('Namespace', value);
  if (siteNamespace !== undefined)
    return value === siteNamespace ? undefined : say.namespaceMismatch(siteNamespace);
  return isDnsLabel(value) ? undefined : say.namespaceRule;
}

export function validateRoutingKey(value: unknown): string | undefined {
  if (isAbsent(value) || value === '') return say.required('Routing key');
  if (typeof value !== 'string') return say.notText('Routing key', value);
  return isCliResourceName(value) ? undefined : say.routingKeyRule;
}

/** A port is a number in YAML: quoted digits are text, and Kubernetes refuses them. */
export function validatePort(value: unknown): string | undefined {
  if (isAbsent(value) || value === '') return say.portRequired;
  if (typeof value === 'string')
    return /^\s*\d+\s*$/.test(value) ? say.portIsText(value) : say.portNotWhole(value);
  if (typeof value !== 'number' || !Number.isInteger(value)) return say.portNotWhole(value);
  return value >= LIMITS.portMin && value <= LIMITS.portMax ? undefined : say.portOutOfRange(value);
}

/**
 * spec.host: required on local sites. On Kubernetes a missing host is fine here; whether the connector has a
 * selector or a host is checked with the whole spec.
 */
export function validateHost(value: unknown, platform: Platform = 'kubernetes'): string | undefined {
  if (isAbsent(value) || value === '') {
    if (isLocalPlatform(platform)) return say.hostRequiredLocal(platform);
    return value === '' ? say.hostEmpty : undefined;
  }
  if (typeof value !== 'string') return say.notText('Host', value);
  return isIpAddress(value) || isHostname(value) ? undefined : say.hostRule;
}

/**
 * spec.selector, in the full label-selector syntax the controller accepts. A missing selector is fine here;
 * an empty one is not, because the controller refuses it (and blank text would select every pod).
 */
export function validateSelector(value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') return say.notText('Selector', value);
  if (value.trim() === '') return say.selectorEmpty;
  const parsed = parseLabelSelector(value);
  return parsed.ok ? undefined : say.selectorInvalid(parsed.message);
}

export function validateType(value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  return (CONNECTOR_TYPES as readonly unknown[]).includes(value) ? undefined : say.typeRule;
}

/** A Secret's name on Kubernetes; on local sites a directory under input/certs/, named by the CLI's rule. */
export function validateTlsCredentials(value: unknown, platform: Platform): string | undefined {
  // Go omits empty strings: an empty value means no TLS, as a missing one does.
  if (isAbsent(value) || value === '') return undefined;
  if (typeof value !== 'string') return say.notText('TLS credentials', value);
  if (isLocalPlatform(platform)) return isCliResourceName(value) ? undefined : say.tlsCredentialsDirectory;
  return isDnsSubdomain(value) ? undefined : say.tlsCredentialsSecret;
}

/** useClientCert, verifyHostname, includeNotReadyPods and exposePodsByName. */
export function validateFlag(field: ConnectorFlagField, value: unknown): string | undefined {
  if (isAbsent(value) || typeof value === 'boolean') return undefined;
  return say.flagNotBoolean(field, value);
}
