// The connector table's columns, as data.
import { Link } from 'react-router';
import { routePaths } from '../../routePaths.ts';
import { StatusBadge } from '../../status/StatusBadge.tsx';
import type { ColumnDef } from '../../table/columns.ts';
import type { ConnectorColumnId, ConnectorRow } from './connectorRows.ts';

const firstLine = (text: string) => text.split('\n', 1)[0] ?? '';

export const CONNECTOR_COLUMNS: readonly ColumnDef<ConnectorRow, ConnectorColumnId>[] = [
  {
    id: 'name',
    title: 'Name',
    width: 15,
    truncate: true,
    cell: (row) => <Link to={routePaths.connector(row.site, row.name)}>{row.name}</Link>,
  },
  { id: 'site', title: 'Site', width: 10, truncate: true, cell: (row) => row.siteName },
  { id: 'routingKey', title: 'Routing key', width: 15, truncate: true, cell: (row) => row.routingKey },
  { id: 'target', title: 'Target', width: 15, truncate: true, cell: (row) => row.target },
  {
    id: 'status',
    title: 'Status',
    width: 10,
    cell: (row) => <StatusBadge phase={row.phase} label={row.statusLabel} />,
  },
  { id: 'matching', title: 'Matching listeners', width: 15, cell: (row) => row.matching },
  {
    id: 'message',
    title: 'Message',
    truncate: true,
    cell: (row) => <span title={row.message}>{firstLine(row.message)}</span>,
  },
];

export const connectorRowKey = (row: ConnectorRow) => row.key;
export const connectorRowVersion = (row: ConnectorRow) => row.version;
