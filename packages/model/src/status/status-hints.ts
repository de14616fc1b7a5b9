// What each message of the Skupper controller means, and what a person can do about it.

export interface StatusHint {
  /** The controller's message, as it appears in `status.message` (one line of it). */
  message: string;
  meaning: string;
  action: string;
}

/** Stands for the captured part of a message, e.g. the Secret's name. */
export const HINT_PLACEHOLDER = '<name>';

/** Every message the controller is known to write, verbatim, with `<name>` where it names a resource. */
export const STATUS_HINTS: readonly StatusHint[] = [
  {
    message: 'OK',
    meaning: 'The router is configured and the routing key has a match in the network.',
    action: 'Nothing to do.',
  },
  {
    message: 'No matching listeners',
    meaning:
      'No site in the network has a listener with this routing key, so no traffic reaches this connector.',
    action:
      'Create a listener with the same routing key in the site that needs the service, or correct the routing key. Check that the sites are linked.',
  },
  {
    message: 'No matching connectors',
    meaning:
      'No site in the network has a connector with this routing key, so connections to this listener go nowhere.',
    action:
      'Create a connector with the same routing key in the site that runs the workload, or correct the routing key. Check that the sites are linked.',
  },
  {
    message: 'Not Configured',
    meaning: 'The controller has not applied this resource to the router yet.',
    action:
      'Wait a moment. If it stays, check that the site is ready and that the Skupper controller is running.',
  },
  {
    message: 'Not Matched',
    meaning:
      'The router is configured, but the controller has not yet looked for a match for the routing key.',
    action:
      'Wait for the network status to refresh. On a Docker, Podman or Linux site without a system controller, status only changes on `skupper system reload`.',
  },
  {
    message: 'No active site in namespace',
    meaning: 'There is no active Skupper Site in this namespace, so nothing can be configured.',
    action:
      'Create a Site in this namespace (for example `skupper site create`), or check why the existing Site is not ready.',
  },
  {
    message: 'No matches for selector',
    meaning:
      'No running, ready pod carries the labels in spec.selector, so there is no workload to send traffic to.',
    action:
      'Compare the selector with the labels of the pods (`kubectl get pods -l <selector>`), and check that the pods are running and ready, or set includeNotReadyPods.',
  },
  {
    message: `TLS credentials secret "${HINT_PLACEHOLDER}" not found`,
    meaning: `The Secret "${HINT_PLACEHOLDER}" named in spec.tlsCredentials does not exist in this namespace.`,
    action: `Create the Secret "${HINT_PLACEHOLDER}" in this namespace, or choose an existing Secret in spec.tlsCredentials.`,
  },
  {
    message: 'Connector must define a non-empty spec.host or spec.selector',
    meaning: 'The connector names no target: both spec.host and spec.selector are empty.',
    action: 'Set spec.selector to pick pods (Kubernetes), or spec.host to a hostname or IP address.',
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MATCHERS = STATUS_HINTS.map((hint) => ({
  hint,
  pattern: new RegExp(`^${escapeRegExp(hint.message).replace(HINT_PLACEHOLDER, '(.+)')}$`),
}));

/** The hint for one line of a status message, with the captured name filled in; undefined when unknown. */
export function hintForLine(line: string): StatusHint | undefined {
  const trimmed = line.trim();
  for (const { hint, pattern } of MATCHERS) {
    const captured = pattern.exec(trimmed);
    if (!captured) continue;
    const name = captured[1] ?? '';
    const fill = (text: string) => text.replaceAll(HINT_PLACEHOLDER, name);
    return { message: trimmed, meaning: fill(hint.meaning), action: fill(hint.action) };
  }
  return undefined;
}

/** A hint for each known line of a message; the controller joins several errors with newlines. */
export function hintsForMessage(message: string | undefined): StatusHint[] {
  if (!message) return [];
  return message
    .split('\n')
    .map(hintForLine)
    .filter((hint): hint is StatusHint => hint !== undefined);
}

/** Shown when a resource has no status at all: the controller has not seen it. */
export const NOT_RECONCILED_HINT: StatusHint = {
  message: 'Not reconciled yet',
  meaning: 'The Skupper controller has not processed this resource yet, so it has no status.',
  action: 'Check that an active Site exists in this namespace and that the Skupper controller is running.',
};

/** Local sites have no controller API: status appears in runtime files after a reload. */
export const NOT_RECONCILED_LOCAL_HINT: StatusHint = {
  message: 'Not reconciled yet',
  meaning: 'Skupper has not loaded this resource yet, so it has no status.',
  action:
    'Check that a Site exists in this namespace, then run `skupper system reload`. Without a system controller, status only changes on reload.',
};
