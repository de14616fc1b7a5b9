// Every listener across sites, with its routing key and the connectors it matches.
import { Button, EmptyState, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import { ResourceListPage } from '../table/ResourceListPage.tsx';
import { VirtualTable } from '../table/VirtualTable.tsx';
import { useSearchState } from '../url/useSearchState.ts';
import { LISTENER_COLUMNS, listenerRowKey, listenerRowVersion } from './listenerColumns.tsx';
import { readListenerListState, writeListenerListState } from './listenerListState.ts';
import { ListenersToolbar } from './ListenersToolbar.tsx';
import { useListenersData } from './useListenersData.ts';

export function ListenersPage() {
  const [state, update] = useSearchState(readListenerListState, writeListenerListState);
  const data = useListenersData(state);

  const body = () => {
    if (data.total === 0) {
      return (
        <EmptyState titleText="No listeners in any site" headingLevel="h2">
          <EmptyStateBody>
            A listener gives clients in its site a host and port for a routing key. Create listeners in the
            sites that need a service; connectors with the same routing key serve them.
          </EmptyStateBody>
        </EmptyState>
      );
    }
    if (data.rows.length === 0) {
      return (
        <EmptyState titleText="No listeners match these filters" headingLevel="h2">
          <EmptyStateFooter>
            <Button variant="link" onClick={() => update({ text: '', site: '' })}>
              Clear all filters
            </Button>
          </EmptyStateFooter>
        </EmptyState>
      );
    }
    return (
      <VirtualTable
        label="Listeners"
        columns={LISTENER_COLUMNS}
        rows={data.rows}
        rowKey={listenerRowKey}
        rowVersion={listenerRowVersion}
        sort={state.sort}
        onSort={(sort) => update({ sort })}
      />
    );
  };

  return (
    <ResourceListPage
      noun="listeners"
      title="Listeners"
      description="Every listener of every site, and the connectors that serve its routing key."
      data={data}
      toolbar={
        <ListenersToolbar
          state={state}
          update={update}
          sites={data.sites}
          shown={data.rows.length}
          total={data.total}
        />
      }
    >
      {body}
    </ResourceListPage>
  );
}
