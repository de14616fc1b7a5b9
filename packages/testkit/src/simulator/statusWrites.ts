// The next status of a Connector, Listener or Site, computed from its current status as the controller would.
import {
  CONDITION_CONFIGURED,
  CONDITION_MATCHED,
  configuredConditionState,
  matchedConditionState,
  REQUIRED_CONDITIONS,
  type NetworkSite,
} from '@connector-console/model';
import { isJsonObject, type JsonObject } from '../apiserver/objects.ts';
import { applyVerdict, readConditions, setCondition } from './conditions.ts';

export type BindingKind = 'Connector' | 'Listener';

const MATCH_FIELD: Record<BindingKind, string> = {
  Connector: 'hasMatchingListener',
  Listener: 'hasMatchingConnector',
};

/** Shallow: every function here builds new values for the fields it sets and never changes its input. */
function statusCopy(current: unknown): JsonObject {
  return isJsonObject(current) ? { ...current } : {};
}

function withConditions(
  status: JsonObject,
  conditions: ReturnType<typeof readConditions>,
  required: readonly string[],
  generation: number,
  now: string,
): JsonObject {
  const verdict = applyVerdict(conditions, required, generation, now);
  return { ...status, status: verdict.status, message: verdict.message, conditions: verdict.conditions };
}

/** Configured is True, or Error with the errors joined by newlines. */
export function configuredStatus(
  current: unknown,
  errors: readonly string[],
  generation: number,
  now: string,
): JsonObject {
  const status = statusCopy(current);
  const state = configuredConditionState(errors);
  const conditions = setCondition(readConditions(status), CONDITION_CONFIGURED, state, generation, now);
  return withConditions(status, conditions, REQUIRED_CONDITIONS, generation, now);
}

/** Matched from the network view; the match flag is left out when false, as Go's omitempty does. */
export function matchedStatus(
  kind: BindingKind,
  current: unknown,
  matched: boolean,
  generation: number,
  now: string,
): JsonObject {
  const field = MATCH_FIELD[kind];
  const { [field]: _previous, ...others } = statusCopy(current);
  const status: JsonObject = matched ? { ...others, [field]: true } : others;
  const state = matchedConditionState(kind, matched);
  const conditions = setCondition(readConditions(status), CONDITION_MATCHED, state, generation, now);
  return withConditions(status, conditions, REQUIRED_CONDITIONS, generation, now);
}

export interface SiteState {
  /** Why the site is not configured, e.g. another Site is already active in the namespace. */
  error?: string;
  /** Sites with link access (spec.linkAccess other than none) must also be Resolved. */
  linkAccess: boolean;
  defaultIssuer: string;
}

const READY = { status: 'True', reason: 'Ready', message: 'OK' } as const;

/** The conditions of a Site whose router runs: Configured, Running and, with link access, Resolved. */
export function siteConfiguredStatus(
  current: unknown,
  site: SiteState,
  generation: number,
  now: string,
): JsonObject {
  const status = statusCopy(current);
  const configured = configuredConditionState(site.error === undefined ? [] : [site.error]);
  let conditions = setCondition(readConditions(status), CONDITION_CONFIGURED, configured, generation, now);
  const required = [CONDITION_CONFIGURED, 'Running'];
  if (site.error === undefined) {
    conditions = setCondition(conditions, 'Running', READY, generation, now);
    if (site.linkAccess) {
      conditions = setCondition(conditions, 'Resolved', READY, generation, now);
      required.push('Resolved');
    }
  }
  return withConditions(
    { ...status, defaultIssuer: site.defaultIssuer },
    conditions,
    required,
    generation,
    now,
  );
}

/** The controller copies the network status of the routers into every active Site. */
export function siteNetworkStatus(current: unknown, network: readonly NetworkSite[]): JsonObject {
  // The store copies what it is given, so the records can be shared by the Sites of one network.
  return { ...statusCopy(current), sitesInNetwork: network.length, network };
}
