// The listener table's columns, as data.
import { Link } from 'react-router';
import { routePaths } from '../routePaths.ts';
import { StatusBadge } from '../status/StatusBadge.tsx';
import type { ColumnDef } from '../table/columns.ts';
import type { ListenerColumnId, ListenerRow } from './listenerRows.ts';

/** The list carries only how many connectors match; the connector list, filtered by routing key, names them. */
function MatchedConnectors({ row }: { row: ListenerRow }) {
  if (row.connectorCount === 0) return <>None</>;
  return (
    <Link
      to={routePaths.connectorsWithRoutingKey(row.routingKey)}
      aria-label={`${row.matching} for routing key ${row.routingKey}`}
    >
      {row.matching}
    </Link>
  );
}

export const LISTENER_COLUMNS: readonly ColumnDef<ListenerRow, ListenerColumnId>[] = [
  { id: 'name', title: 'Name', width: 15, truncate: true, cell: (row) => row.name },
  { id: 'site', title: 'Site', width: 10, truncate: true, cell: (row) => row.siteName },
  { id: 'routingKey', title: 'Routing key', width: 15, truncate: true, cell: (row) => row.routingKey },
  { id: 'address', title: 'Host and port', width: 15, truncate: true, cell: (row) => row.address },
  {
    id: 'status',
    title: 'Status',
    width: 10,
    cell: (row) => <StatusBadge phase={row.phase} label={row.statusLabel} />,
  },
  {
    id: 'connectors',
    title: 'Matching connectors',
    truncate: true,
    cell: (row) => <MatchedConnectors row={row} />,
  },
];

export const listenerRowKey = (row: ListenerRow) => row.key;
export const listenerRowVersion = (row: ListenerRow) => row.version;
