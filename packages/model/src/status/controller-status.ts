// The Skupper controller's rule that turns a resource's conditions into its status and message.
import type { Condition, ConditionStatus } from '../types.ts';

export const CONDITION_CONFIGURED = 'Configured';
export const CONDITION_MATCHED = 'Matched';
export const CONDITION_READY = 'Ready';

/** What a Connector or a Listener must have, in the order the controller checks them. */
export const REQUIRED_CONDITIONS = [CONDITION_CONFIGURED, CONDITION_MATCHED] as const;

/** The controller's message when everything is in order. */
export const STATUS_OK = 'OK';

export interface ControllerStatus {
  /** `status.status`: Ready, Pending, or the reason of the first failing condition (usually Error or Pending). */
  status: string;
  /** `status.message`. */
  message: string;
  /** What the `Ready` condition says: it mirrors this verdict. */
  ready: ConditionStatus;
}

/**
 * The controller's rule: the first required condition that is missing gives Pending, "Not <type>"; the first
 * that is False gives its reason and message; otherwise Ready, OK. Like the controller, it lets an Unknown
 * condition pass.
 */
export function computeControllerStatus(
  conditions: readonly Condition[] | undefined,
  required: readonly string[] = REQUIRED_CONDITIONS,
): ControllerStatus {
  for (const type of required) {
    const condition = conditions?.find((candidate) => candidate.type === type);
    if (!condition) return { status: 'Pending', message: `Not ${type}`, ready: 'False' };
    if (condition.status === 'False') {
      return { status: condition.reason, message: condition.message, ready: 'False' };
    }
  }
  return { status: 'Ready', message: STATUS_OK, ready: 'True' };
}

export interface ConditionState {
  status: ConditionStatus;
  reason: string;
  message: string;
}

/** The Matched condition the controller sets from hasMatchingListener (Connector) or hasMatchingConnector (Listener). */
export function matchedConditionState(kind: 'Connector' | 'Listener', hasMatch: boolean): ConditionState {
  if (hasMatch) return { status: 'True', reason: 'Ready', message: STATUS_OK };
  const counterpart = kind === 'Connector' ? 'listeners' : 'connectors';
  return { status: 'False', reason: 'Pending', message: `No matching ${counterpart}` };
}

/** The Configured condition: Ready/OK, or Error with the error's message (several errors joined by newlines). */
export function configuredConditionState(errors: readonly string[]): ConditionState {
  return errors.length === 0
    ? { status: 'True', reason: 'Ready', message: STATUS_OK }
    : { status: 'False', reason: 'Error', message: errors.join('\n') };
}

const CONTROLLER_ORDER: readonly string[] = [CONDITION_CONFIGURED, CONDITION_MATCHED, CONDITION_READY];

/** Conditions in the controller's order (Configured, Matched, Ready), then any others as they came. */
export function orderConditions(conditions: readonly Condition[] | undefined): Condition[] {
  const rank = (condition: Condition) => {
    const index = CONTROLLER_ORDER.indexOf(condition.type);
    return index === -1 ? CONTROLLER_ORDER.length : index;
  };
  // Array.prototype.sort is stable, so unknown conditions keep their order.
  return [...(conditions ?? [])].sort((a, b) => rank(a) - rank(b));
}
