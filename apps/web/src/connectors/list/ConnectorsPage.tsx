// The list of every connector in every site, live, filterable and sortable, with its state in the URL.
import { ResourceListPage } from '../../table/ResourceListPage.tsx';
import { VirtualTable } from '../../table/VirtualTable.tsx';
import { useSearchState } from '../../url/useSearchState.ts';
import { CONNECTOR_COLUMNS, connectorRowKey, connectorRowVersion } from './connectorColumns.tsx';
import { hasActiveFilter, readConnectorListState, writeConnectorListState } from './connectorListState.ts';
import { NoConnectors, NoMatchingConnectors } from './ConnectorsEmptyState.tsx';
import { ConnectorsToolbar } from './ConnectorsToolbar.tsx';
import { useConnectorsData } from './useConnectorsData.ts';

export function ConnectorsPage() {
  const [state, update] = useSearchState(readConnectorListState, writeConnectorListState);
  const data = useConnectorsData(state);
  const clearFilters = () => update({ text: '', site: '', status: '', match: '' });

  const body = () => {
    if (data.total === 0) return <NoConnectors canCreate={data.canCreate} />;
    if (data.rows.length === 0 && hasActiveFilter(state))
      return <NoMatchingConnectors onClear={clearFilters} />;
    return (
      <VirtualTable
        label="Connectors"
        columns={CONNECTOR_COLUMNS}
        rows={data.rows}
        rowKey={connectorRowKey}
        rowVersion={connectorRowVersion}
        sort={state.sort}
        onSort={(sort) => update({ sort })}
      />
    );
  };

  return (
    <ResourceListPage
      noun="connectors"
      title="Connectors"
      description="Every connector of every site, with its status and the listeners that match it."
      data={data}
      toolbar={
        <ConnectorsToolbar
          state={state}
          update={update}
          sites={data.sites}
          canCreate={data.canCreate}
          shown={data.rows.length}
          total={data.total}
        />
      }
    >
      {body}
    </ResourceListPage>
  );
}
