// Compares the console's own view of matches with the controller's flag, and says in plain words why they differ.
import type { MatchingAgreement, NetworkSiteMatch } from './matching-types.ts';

export interface MatchingFacts {
  /** The resource asked about. */
  self: 'connector' | 'listener';
  routingKey: string;
  /** Whether the controller has written a status at all. */
  reconciled: boolean;
  /** hasMatchingListener or hasMatchingConnector. */
  controllerMatched: boolean;
  /** Console sites that hold counterparts, sorted. */
  consoleSites: readonly string[];
  /** Sites the controller's network view lists with counterparts; undefined when there is no view. */
  networkSites: readonly NetworkSiteMatch[] | undefined;
  /** Console sites with counterparts that the controller's network view does not contain. */
  unlinkedSites: readonly string[];
  /** Docker, Podman and Linux sites set the flag by a slightly different rule. */
  localPlatform: boolean;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function networkSiteName(site: NetworkSiteMatch): string {
  return site.namespace ? `${site.siteName} (namespace ${site.namespace})` : site.siteName;
}

const REFRESH_RULE = '(it only refreshes when the network changes)';

function controllerOnlyNote(facts: MatchingFacts, counterpart: string): string {
  const start = `The controller reports a matching ${counterpart}, but none of the sites this console is configured for has one.`;
  const { networkSites } = facts;
  if (networkSites === undefined) {
    return `${start} It is probably in a site this console is not configured for; this site reports no network view to name it.`;
  }
  if (networkSites.length === 0) {
    return `${start} The controller's network view lists none either, so its flag has probably not refreshed yet ${REFRESH_RULE}.`;
  }
  const those = networkSites.length === 1 ? 'that site' : 'those sites';
  return `${start} The controller's network view places ${counterpart}s for "${facts.routingKey}" in ${list(networkSites.map(networkSiteName))}: add ${those} to the console to see them.`;
}

function consoleOnlyNote(facts: MatchingFacts, counterpart: string): string {
  const start = `This console sees ${counterpart}s with routing key "${facts.routingKey}" in ${list(facts.consoleSites)}, but the controller reports none.`;
  let reason: string;
  if (facts.networkSites !== undefined && facts.unlinkedSites.length === facts.consoleSites.length) {
    const verb = facts.unlinkedSites.length === 1 ? 'is' : 'are';
    reason = `${list(facts.unlinkedSites)} ${verb} not in this site's network view: the sites are probably not linked.`;
  } else if (facts.networkSites !== undefined && facts.networkSites.length > 0) {
    reason = `The controller's own network view already lists them, so its flag has probably not refreshed yet ${REFRESH_RULE}.`;
  } else {
    reason = `The sites may not be linked, or the controller's status has not refreshed yet ${REFRESH_RULE}.`;
  }
  const local = facts.localPlatform
    ? ' On Docker, Podman and Linux sites the flag is only set when the network status shows both a listener and a connector for the key, and without a system controller it only changes on `skupper system reload`.'
    : '';
  return `${start} ${reason}${local}`;
}

export function judgeAgreement(facts: MatchingFacts): { agreement: MatchingAgreement; note?: string } {
  const counterpart = facts.self === 'connector' ? 'listener' : 'connector';
  if (!facts.reconciled) {
    return {
      agreement: 'unknown',
      note: `The controller has not reconciled this ${facts.self} yet, so its view of matching ${counterpart}s is unknown.`,
    };
  }
  const consoleMatched = facts.consoleSites.length > 0;
  if (facts.controllerMatched === consoleMatched) return { agreement: 'agree' };
  return facts.controllerMatched
    ? { agreement: 'controller-only', note: controllerOnlyNote(facts, counterpart) }
    : { agreement: 'console-only', note: consoleOnlyNote(facts, counterpart) };
}
