// Reads a Connector's or Listener's status into what a person needs: a phase, a label and plain-language hints.
import { isLocalPlatform, type Platform } from '../platform.ts';
import type { Condition, Connector, Listener, StatusPhase } from '../types.ts';
import { computeControllerStatus, orderConditions } from './controller-status.ts';
import {
  hintsForMessage,
  NOT_RECONCILED_HINT,
  NOT_RECONCILED_LOCAL_HINT,
  type StatusHint,
} from './status-hints.ts';

export type StatusView = 'Ready' | 'Pending' | 'Error' | 'NotReconciled';

export interface StatusInterpretation {
  phase: StatusView;
  /** Short text for a badge: the controller's status, or "Not reconciled yet". */
  label: string;
  /** The controller's message, verbatim; it may hold several lines. */
  message?: string;
  /** In the controller's order: Configured, Matched, Ready, then any others. */
  conditions: Condition[];
  /** The controller's hasMatchingListener (Connector) or hasMatchingConnector (Listener); missing means false. */
  matched: boolean;
  /** One per known line of the message; unknown lines get none rather than a guess. */
  hints: StatusHint[];
}

export interface InterpretOptions {
  /** Where the resource lives; local sites explain a missing status differently. */
  platform?: Platform;
}

const KNOWN_PHASES: readonly StatusPhase[] = ['Ready', 'Pending', 'Error'];

function isKnownPhase(status: string): status is StatusPhase {
  return (KNOWN_PHASES as readonly string[]).includes(status);
}

export const NOT_RECONCILED_LABEL = 'Not reconciled yet';

function hasMatch(resource: Connector | Listener): boolean {
  return resource.kind === 'Connector'
    ? resource.status?.hasMatchingListener === true
    : resource.status?.hasMatchingConnector === true;
}

export function interpretStatus(
  resource: Connector | Listener,
  options: InterpretOptions = {},
): StatusInterpretation {
  const status = resource.status;
  const conditions = orderConditions(status?.conditions);
  const matched = hasMatch(resource);
  // Without status.status the conditions (if any) still tell what the controller would say.
  const verdict = status?.status
    ? { status: status.status, message: status.message }
    : conditions.length > 0
      ? computeControllerStatus(conditions)
      : undefined;
  if (!verdict) {
    const local = options.platform !== undefined && isLocalPlatform(options.platform);
    return {
      phase: 'NotReconciled',
      label: NOT_RECONCILED_LABEL,
      conditions,
      matched,
      hints: [local ? NOT_RECONCILED_LOCAL_HINT : NOT_RECONCILED_HINT],
    };
  }
  // An unknown status is shown as it is, and treated like an error so that it is not overlooked.
  const phase: StatusView = isKnownPhase(verdict.status) ? verdict.status : 'Error';
  return {
    phase,
    label: verdict.status,
    ...(verdict.message ? { message: verdict.message } : {}),
    conditions,
    matched,
    hints: hintsForMessage(verdict.message),
  };
}
