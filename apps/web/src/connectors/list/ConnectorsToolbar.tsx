// Filters of the connector list (text, site, status, has-match), the count shown, and "Create connector".
import type { SiteSummary, StatusView } from '@connector-console/model';
import { FormSelect, FormSelectOption, ToolbarItem } from '@patternfly/react-core';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { routePaths } from '../../routePaths.ts';
import { STATUS_BADGES, STATUS_VIEWS } from '../../status/statusBadge.ts';
import { ListToolbar } from '../../table/ListToolbar.tsx';
import type { ConnectorListState } from './connectorListState.ts';
import type { MatchFilter } from './connectorRows.ts';

interface Props {
  state: ConnectorListState;
  update: (patch: Partial<ConnectorListState>) => void;
  sites: readonly SiteSummary[];
  /** "Create connector" is offered only when some site is known to accept a new connector. */
  canCreate: boolean | undefined;
  shown: number;
  total: number;
}

export function ConnectorsToolbar({ state, update, sites, canCreate, shown, total }: Props) {
  return (
    <ListToolbar
      noun="connectors"
      textLabel="Filter connectors by name, site, routing key, target or message"
      text={state.text}
      onText={(text) => update({ text })}
      site={state.site}
      onSite={(site) => update({ site })}
      sites={sites}
      shown={shown}
      total={total}
      filters={
        <>
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
        </>
      }
      actions={
        canCreate === true ? (
          <LinkButton to={routePaths.newConnector()}>Create connector</LinkButton>
        ) : undefined
      }
    />
  );
}
