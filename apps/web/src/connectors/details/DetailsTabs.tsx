// The connector's tabs (status, matching, target, YAML); the open tab lives in the URL and each is its own region.
import type { ConnectorEntry, PodSummary, SiteSummary, StatusInterpretation } from '@connector-console/model';
import { Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import { ConditionsTable } from './ConditionsTable.tsx';
import { DETAILS_TAB_TITLES, DETAILS_TABS, type DetailsTab } from './detailsState.ts';
import { MatchingTab } from './MatchingTab.tsx';
import { TargetTab } from './TargetTab.tsx';
import { YamlTab } from './YamlTab.tsx';

interface Props {
  tab: DetailsTab;
  onSelect: (tab: DetailsTab) => void;
  entry: ConnectorEntry;
  status: StatusInterpretation;
  site: SiteSummary | undefined;
  siteName: (site: string) => string;
  pods: { items: PodSummary[] | undefined; isLoading: boolean; error: Error | null; retry: () => void };
}

export function DetailsTabs({ tab, onSelect, entry, status, site, siteName, pods }: Props) {
  const content: Record<DetailsTab, () => ReactNode> = {
    status: () => <ConditionsTable conditions={status.conditions} />,
    matching: () => <MatchingTab matching={entry.matching} siteName={siteName} />,
    target: () => <TargetTab spec={entry.resource.spec} site={site} pods={pods} />,
    yaml: () => (
      <YamlTab resource={entry.resource} modelName={`${entry.site}/${entry.resource.metadata.name ?? ''}`} />
    ),
  };
  return (
    <Tabs
      activeKey={tab}
      onSelect={(_event, key) => onSelect(key as DetailsTab)}
      aria-label="Connector details"
      mountOnEnter
      unmountOnExit
    >
      {DETAILS_TABS.map((id) => (
        <Tab key={id} eventKey={id} title={<TabTitleText>{DETAILS_TAB_TITLES[id]}</TabTitleText>}>
          <div className="pf-v6-u-pt-md">
            <RegionBoundary region={`the ${DETAILS_TAB_TITLES[id]} tab`}>{content[id]()}</RegionBoundary>
          </div>
        </Tab>
      ))}
    </Tabs>
  );
}
