// The list of every connector in every site, live, filterable and sortable, with its state in the URL.
import { Content, PageSection, Title } from '@patternfly/react-core';
import { QueryErrorAlert } from '../../shell/QueryErrorAlert.tsx';
import { TableSkeleton } from '../../shell/PageSkeleton.tsx';
import { RegionBoundary } from '../../shell/RegionBoundary.tsx';
import { SiteBanners } from '../../sites/SiteBanners.tsx';
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
    if (data.isLoading) return <TableSkeleton />;
    if (data.error && data.total === 0)
      return <QueryErrorAlert what="connectors" error={data.error} onRetry={data.retry} />;
    if (data.total === 0) return <NoConnectors />;
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
    <>
      <title>Connectors · Connector Console</title>
      <PageSection>
        <Title headingLevel="h1">Connectors</Title>
        <Content component="p">
          Every connector of every site, with its status and the listeners that match it.
        </Content>
      </PageSection>
      <PageSection>
        <RegionBoundary region="the sites’ health">
          <SiteBanners sites={data.sites} error={data.sitesError} onRetry={data.retrySites} />
        </RegionBoundary>
        <RegionBoundary region="the connector list">
          <ConnectorsToolbar
            state={state}
            update={update}
            sites={data.sites}
            shown={data.rows.length}
            total={data.total}
          />
          {data.error && data.total > 0 && (
            <QueryErrorAlert what="the latest connectors" error={data.error} onRetry={data.retry} />
          )}
          {body()}
        </RegionBoundary>
      </PageSection>
    </>
  );
}
