// Filters of the listener list (text, site) and the count shown.
import type { SiteSummary } from '@connector-console/model';
import { ListToolbar } from '../table/ListToolbar.tsx';
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
    <ListToolbar
      noun="listeners"
      textLabel="Filter listeners by name, site, routing key, address or matching connector"
      text={state.text}
      onText={(text) => update({ text })}
      site={state.site}
      onSite={(site) => update({ site })}
      sites={sites}
      shown={shown}
      total={total}
    />
  );
}
