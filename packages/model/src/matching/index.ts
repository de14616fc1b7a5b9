export type { Located } from './located.ts';
export { bySiteThenName } from './located.ts';
export { RoutingKeyIndex } from './routing-key-index.ts';
export type { NetworkServiceEntry, NetworkView } from './network-views.ts';
export { NetworkViews } from './network-views.ts';
export type { MatchingInputs } from './matching-index.ts';
export { buildMatchingIndex, MatchingIndex } from './matching-index.ts';
export type {
  ConnectorMatching,
  ListenerMatching,
  MatchedConnector,
  MatchedListener,
  MatchingAgreement,
  NetworkSiteMatch,
} from './matching-types.ts';
export type { MatchingFacts } from './agreement.ts';
export { judgeAgreement } from './agreement.ts';
export type { MatchOptions } from './match.ts';
export { matchConnector, matchListener, summarizeMatch } from './match.ts';
export type { MatchingSummary, NamedCounterpart } from './summary.ts';
