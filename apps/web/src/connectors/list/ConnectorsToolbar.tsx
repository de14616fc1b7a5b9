// Filters of the connector list (text, site, status, has-match), the count shown, and "Create connector".
import type { SiteSummary, StatusView } from '@connector-console/model';
import {
  FormSelect,
  FormSelectOption,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { routePaths } from '../../routePaths.ts';
import { STATUS_BADGES, STATUS_VIEWS } from '../../status/statusBadge.ts';
import type { ConnectorListState } from './connectorListState.ts';
import type { MatchFilter } from './connectorRows.ts';

interface Props {
  state: ConnectorListState;
  update: (patch: Partial<ConnectorListState>) => void;
  sites: readonly SiteSummary[];
  shown: number;
  total: number;
}

export function ConnectorsToolbar({ state, update, sites, shown, total }: Props) {
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label="Filter connectors by name, site, routing key, target or message"
            placeholder="Filter by text"
            value={state.text}
            onChange={(_event, text) => update({ text })}
            onClear={() => update({ text: '' })}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect aria-label="Site" value={state.site} onChange={(_event, site) => update({ site })}>
            <FormSelectOption value="" label="All sites" />
            {sites.map((site) => (
              <FormSelectOption key={site.id} value={site.id} label={site.name} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label="Status"
            value={state.status}
            onChange={(_event, status) => update({ status: status as StatusView | '' })}
          >
            <FormSelectOption value="" label="Any status" />
            {STATUS_VIEWS.map((phase) => (
              <FormSelectOption key={phase} value={phase} label={STATUS_BADGES[phase].text} />
            ))}
          </FormSelect>
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect
            aria-label="Matching listeners"
            value={state.match}
            onChange={(_event, match) => update({ match: match as MatchFilter })}
          >
            <FormSelectOption value="" label="With or without a match" />
            <FormSelectOption value="yes" label="Has a matching listener" />
            <FormSelectOption value="no" label="No matching listener" />
          </FormSelect>
        </ToolbarItem>
        <ToolbarGroup align={{ default: 'alignEnd' }}>
          <ToolbarItem alignSelf="center">
            <span aria-live="polite">
              {shown === total ? `${total} connectors` : `${shown} of ${total} connectors`}
            </span>
          </ToolbarItem>
          <ToolbarItem>
            <LinkButton to={routePaths.newConnector()}>Create connector</LinkButton>
          </ToolbarItem>
        </ToolbarGroup>
      </ToolbarContent>
    </Toolbar>
  );
}
