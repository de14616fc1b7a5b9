// Every connector with the listener's routing key, in every configured site, each linking to its page.
import type { MatchedConnector } from '@connector-console/model';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeTarget } from '../../connectors/list/connectorRows.ts';
import { routePaths } from '../../routePaths.ts';
import { StatusBadge } from '../../status/StatusBadge.tsx';

interface Props {
  routingKey: string;
  connectors: readonly MatchedConnector[];
  siteName: (site: string) => string;
}

interface Column {
  title: string;
  cell: (connector: MatchedConnector) => ReactNode;
}

export function MatchingConnectorsTable({ routingKey, connectors, siteName }: Props) {
  const columns: Column[] = [
    { title: 'Site', cell: (c) => siteName(c.site) },
    { title: 'Name', cell: (c) => <Link to={routePaths.connector(c.site, c.name)}>{c.name}</Link> },
    { title: 'Target', cell: (c) => describeTarget({ ...c, routingKey }) },
    { title: 'Status', cell: (c) => <StatusBadge phase={c.phase} /> },
  ];
  return (
    <Table aria-label="Matching connectors" variant="compact">
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.title}>{column.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {connectors.map((connector) => (
          <Tr key={`${connector.site}/${connector.name}`}>
            {columns.map((column) => (
              <Td key={column.title} dataLabel={column.title}>
                {column.cell(connector)}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
