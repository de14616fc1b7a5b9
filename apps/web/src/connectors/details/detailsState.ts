// The connector details page's URL state: which tab is open.
import { readChoice, withParams } from '../../url/searchState.ts';

export const DETAILS_TABS = ['status', 'matching', 'target', 'yaml'] as const;
export type DetailsTab = (typeof DETAILS_TABS)[number];

export const DETAILS_TAB_TITLES: Record<DetailsTab, string> = {
  status: 'Status',
  matching: 'Matching listeners',
  target: 'Target',
  yaml: 'YAML',
};

export interface DetailsState {
  tab: DetailsTab;
}

export function readDetailsState(params: URLSearchParams): DetailsState {
  return { tab: readChoice(params, 'tab', DETAILS_TABS, 'status') };
}

export function writeDetailsState(current: URLSearchParams, patch: Partial<DetailsState>): URLSearchParams {
  const tab = patch.tab ?? readDetailsState(current).tab;
  return withParams(current, { tab: tab === 'status' ? undefined : tab });
}
