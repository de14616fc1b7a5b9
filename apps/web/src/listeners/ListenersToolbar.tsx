// Filters of the listener list (text, site) and the count shown.
import type { SiteSummary } from '@connector-console/model';
import {
  FormSelect,
  FormSelectOption,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ListenerListState } from './listenerListState.ts';

interface Props {
  state: ListenerListState;
  update: (patch: Partial<ListenerListState>) => void;
  sites: readonly SiteSummary[];
  shown: number;
  total: number;
}

export function ListenersToolbar({ state, update, sites, shown, total }: Props) {
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label="Filter listeners by name, site, routing key, address or matching connector"
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
        <ToolbarGroup align={{ default: 'alignEnd' }}>
          <ToolbarItem alignSelf="center">
            <span aria-live="polite">
              {shown === total ? `${total} listeners` : `${shown} of ${total} listeners`}
            </span>
          </ToolbarItem>
        </ToolbarGroup>
      </ToolbarContent>
    </Toolbar>
  );
}
