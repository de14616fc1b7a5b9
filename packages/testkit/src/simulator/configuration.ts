// The controller's Configured checks for connectors and listeners, with its messages word for word.

export const NO_ACTIVE_SITE = 'No active site in namespace';
export const NO_TARGET = 'Connector must define a non-empty spec.host or spec.selector';
export const NO_SELECTOR_MATCH = 'No matches for selector';

export const tlsSecretNotFound = (name: string) => `TLS credentials secret "${name}" not found`;
export const serviceAlreadyExists = (host: string) => `Service ${host} already exists in namespace`;

/** What the checks need to know about the namespace of the resource. */
export interface NamespaceFacts {
  hasActiveSite: boolean;
  hasSecret(name: string): boolean;
  /** A Service of that name exists and was not created by the controller. */
  hasForeignService(name: string): boolean;
}

export interface ConnectorTarget {
  host?: string;
  selector?: string;
  tlsCredentials?: string;
}

/**
 * Errors are joined by newlines in one message. The TLS and target checks come from the controller's
 * CheckConnector; "No matches for selector" comes from its pod watcher, which rewrites Configured on its
 * own. Reporting it only when nothing else is wrong keeps the message stable (see README).
 */
export function connectorErrors(
  spec: ConnectorTarget,
  facts: NamespaceFacts,
  selectedPods: number,
): string[] {
  if (!facts.hasActiveSite) return [NO_ACTIVE_SITE];
  const errors: string[] = [];
  if (spec.tlsCredentials && !facts.hasSecret(spec.tlsCredentials))
    errors.push(tlsSecretNotFound(spec.tlsCredentials));
  if (!spec.host && !spec.selector) errors.push(NO_TARGET);
  if (errors.length === 0 && spec.selector && selectedPods === 0) errors.push(NO_SELECTOR_MATCH);
  return errors;
}

export interface ListenerTarget {
  host: string;
  tlsCredentials?: string;
}

export function listenerErrors(spec: ListenerTarget, facts: NamespaceFacts): string[] {
  if (!facts.hasActiveSite) return [NO_ACTIVE_SITE];
  if (spec.host && facts.hasForeignService(spec.host)) return [serviceAlreadyExists(spec.host)];
  return spec.tlsCredentials && !facts.hasSecret(spec.tlsCredentials)
    ? [tlsSecretNotFound(spec.tlsCredentials)]
    : [];
}
