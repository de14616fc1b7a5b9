// Answers "who matches this connector" (and the reverse for a listener) from the index, in O(matches).
import { isLocalPlatform, isPlatform, type Platform } from '../platform.ts';
import { interpretStatus } from '../status/interpret-status.ts';
import type { Connector, Listener } from '../types.ts';
import { judgeAgreement } from './agreement.ts';
import { bySiteThenName, type Located } from './located.ts';
import type { MatchingIndex } from './matching-index.ts';
import type {
  ConnectorMatching,
  ListenerMatching,
  MatchedConnector,
  MatchedListener,
  NetworkSiteMatch,
} from './matching-types.ts';
import type { NetworkServiceEntry } from './network-views.ts';
import { firstNamed, type MatchingSummary } from './summary.ts';

export interface MatchOptions {
  /** The platform of the resource's site, when the caller knows it; otherwise read from the network view. */
  platform?: Platform;
  /**
   * The sites whose resources the asker may see (per-person rights); counterparts elsewhere are neither listed nor
   * counted. Default: every site.
   */
  visible?: (site: string) => boolean;
}

function visibleOnly<T extends { site: string }>(items: readonly T[], options: MatchOptions): readonly T[] {
  const { visible } = options;
  return visible ? items.filter((item) => visible(item.site)) : items;
}

type Side = 'listeners' | 'connectors';

function toNetworkSite(entry: NetworkServiceEntry): NetworkSiteMatch {
  const { listeners: _listeners, connectors: _connectors, ...site } = entry;
  return site;
}

/** The part shared by both directions: network view, site count, agreement and note. */
function compare(
  index: MatchingIndex,
  self: Located<Connector | Listener>,
  matches: readonly { site: string }[],
  side: Side,
  controllerMatched: boolean,
  options: MatchOptions,
) {
  const routingKey = self.resource.spec.routingKey;
  const view = index.sites.viewOf(self.site);
  const entries = (view?.byRoutingKey.get(routingKey) ?? []).filter((entry) => entry[side].length > 0);
  entries.sort((a, b) => (a.siteName < b.siteName ? -1 : a.siteName > b.siteName ? 1 : 0));
  const consoleSites = [...new Set(matches.map((match) => match.site))].sort();
  const unlinkedSites = view
    ? consoleSites.filter((site) => {
        const ids = index.sites.siteIdsOf(site);
        return ids.length > 0 && !ids.some((id) => view.siteIds.has(id));
      })
    : [];
  const platform = options.platform ?? view?.self?.platform;
  const judged = judgeAgreement({
    self: self.resource.kind === 'Connector' ? 'connector' : 'listener',
    routingKey,
    reconciled: interpretStatus(self.resource).phase !== 'NotReconciled',
    controllerMatched,
    consoleSites,
    networkSites: view ? entries.map(toNetworkSite) : undefined,
    unlinkedSites,
    localPlatform: isPlatform(platform) && isLocalPlatform(platform),
  });
  return {
    routingKey,
    siteCount: consoleSites.length,
    networkView: view ? ('available' as const) : ('unavailable' as const),
    entries,
    ...judged,
  };
}

function toMatchedListener({ site, resource }: Located<Listener>): MatchedListener {
  const { namespace } = resource.metadata;
  return {
    site,
    name: resource.metadata.name ?? '',
    ...(namespace ? { namespace } : {}),
    host: resource.spec.host,
    port: resource.spec.port,
    phase: interpretStatus(resource).phase,
  };
}

function toMatchedConnector({ site, resource }: Located<Connector>): MatchedConnector {
  const { namespace } = resource.metadata;
  const { host, selector } = resource.spec;
  return {
    site,
    name: resource.metadata.name ?? '',
    ...(namespace ? { namespace } : {}),
    ...(host ? { host } : {}),
    ...(selector ? { selector } : {}),
    port: resource.spec.port,
    phase: interpretStatus(resource).phase,
  };
}

export function matchConnector(
  index: MatchingIndex,
  connector: Located<Connector>,
  options: MatchOptions = {},
): ConnectorMatching {
  const listeners = visibleOnly(index.listeners.withRoutingKey(connector.resource.spec.routingKey), options)
    .map(toMatchedListener)
    .sort(bySiteThenName);
  const hasMatchingListener = connector.resource.status?.hasMatchingListener === true;
  const { entries, ...compared } = compare(
    index,
    connector,
    listeners,
    'listeners',
    hasMatchingListener,
    options,
  );
  const networkSites = entries.map((entry) => ({ ...toNetworkSite(entry), listeners: entry.listeners }));
  return { ...compared, listeners, networkSites, hasMatchingListener };
}

export function matchListener(
  index: MatchingIndex,
  listener: Located<Listener>,
  options: MatchOptions = {},
): ListenerMatching {
  const connectors = visibleOnly(index.connectors.withRoutingKey(listener.resource.spec.routingKey), options)
    .map(toMatchedConnector)
    .sort(bySiteThenName);
  const hasMatchingConnector = listener.resource.status?.hasMatchingConnector === true;
  const { entries, ...compared } = compare(
    index,
    listener,
    connectors,
    'connectors',
    hasMatchingConnector,
    options,
  );
  const networkSites = entries.map((entry) => ({ ...toNetworkSite(entry), connectors: entry.connectors }));
  return { ...compared, connectors, networkSites, hasMatchingConnector };
}

/**
 * The short answer for lists and live updates: counts and the verdict, without building the matched entries. A
 * listener's summary also names its first few connectors, since listeners are few and people want to see them.
 */
export function summarizeMatch(
  index: MatchingIndex,
  located: Located<Connector | Listener>,
  options: MatchOptions = {},
): MatchingSummary {
  const { resource } = located;
  const isConnector = resource.kind === 'Connector';
  const all: readonly Located<Connector | Listener>[] = (
    isConnector ? index.listeners : index.connectors
  ).withRoutingKey(resource.spec.routingKey);
  const counterparts = visibleOnly(all, options);
  const controllerMatched = isConnector
    ? resource.status?.hasMatchingListener === true
    : resource.status?.hasMatchingConnector === true;
  const compared = compare(
    index,
    located,
    counterparts,
    isConnector ? 'listeners' : 'connectors',
    controllerMatched,
    options,
  );
  return {
    routingKey: compared.routingKey,
    count: counterparts.length,
    siteCount: compared.siteCount,
    controllerMatched,
    agreement: compared.agreement,
    ...(compared.note ? { note: compared.note } : {}),
    ...(isConnector ? {} : { names: firstNamed(counterparts) }),
  };
}
