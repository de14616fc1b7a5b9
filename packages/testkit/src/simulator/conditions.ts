// Conditions as the controller keeps them (Skupper's setStatusCondition), and the verdict it derives from them.
import {
  CONDITION_READY,
  computeControllerStatus,
  type Condition,
  type ConditionState,
} from '@connector-console/model';
import { isJsonObject } from '../apiserver/objects.ts';

const CONDITION_STATUSES = new Set(['True', 'False', 'Unknown']);

/** The conditions of a stored status; anything that is not a condition is dropped. */
export function readConditions(status: unknown): Condition[] {
  if (!isJsonObject(status) || !Array.isArray(status.conditions)) return [];
  return status.conditions.filter(
    (item): item is Condition =>
      isJsonObject(item) && typeof item.type === 'string' && CONDITION_STATUSES.has(String(item.status)),
  );
}

/**
 * Sets one condition: a new one is appended; an existing one keeps its place and its lastTransitionTime
 * unless its status flips. Reason, message and observedGeneration are always brought up to date.
 */
export function setCondition(
  conditions: readonly Condition[],
  type: string,
  state: ConditionState,
  generation: number,
  now: string,
): Condition[] {
  const existing = conditions.find((condition) => condition.type === type);
  const lastTransitionTime = existing && existing.status === state.status ? existing.lastTransitionTime : now;
  // Field order as the controller's JSON has it.
  const next: Condition = {
    type,
    status: state.status,
    observedGeneration: generation,
    lastTransitionTime,
    reason: state.reason,
    message: state.message,
  };
  return existing
    ? conditions.map((condition) => (condition === existing ? next : condition))
    : [...conditions, next];
}

export interface Verdict {
  conditions: Condition[];
  status: string;
  message: string;
}

/** `status.status`, `status.message` and the Ready condition that mirrors them, from the required conditions. */
export function applyVerdict(
  conditions: readonly Condition[],
  required: readonly string[],
  generation: number,
  now: string,
): Verdict {
  const verdict = computeControllerStatus(conditions, required);
  const ready = { status: verdict.ready, reason: verdict.status, message: verdict.message };
  return {
    conditions: setCondition(conditions, CONDITION_READY, ready, generation, now),
    status: verdict.status,
    message: verdict.message,
  };
}
