// The listener table's columns, as data.
import { Fragment } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../routePaths.ts';
import { StatusBadge } from '../status/StatusBadge.tsx';
import type { ColumnDef } from '../table/columns.ts';
import type { ListenerColumnId, ListenerRow } from './listenerRows.ts';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Names the first few matching connectors, each linking to its page; the connector list shows the rest. */
function MatchedConnectors({ row }: { row: ListenerRow }) {
  if (row.connectorCount === 0) return <>None</>;
  const everyMatch = routePaths.connectorsWithRoutingKey(row.routingKey);
  // A server that names no connectors still says how many there are.
  if (row.connectorNames.length === 0) {
    return (
      <Link to={everyMatch} aria-label={`${row.matching} for routing key ${row.routingKey}`}>
        {row.matching}
      </Link>
    );
  }
  const rest = row.connectorCount - row.connectorNames.length;
  return (
    <>
      {row.connectorNames.map((named, at) => (
        <Fragment key={`${named.site}/${named.name}`}>
          {at > 0 && ', '}
          <Link to={routePaths.connector(named.site, named.name)}>{`${named.name} (${named.siteName})`}</Link>
        </Fragment>
      ))}
      {rest > 0 && (
        <>
          {' '}
          <Link
            to={everyMatch}
            aria-label={`and ${plural(rest, 'more connector')} with routing key ${row.routingKey}`}
          >
            and {rest} more
          </Link>
        </>
      )}
    </>
  );
}

export const LISTENER_COLUMNS: readonly ColumnDef<ListenerRow, ListenerColumnId>[] = [
  {
    id: 'name',
    title: 'Name',
    width: 15,
    truncate: true,
    cell: (row) => <Link to={routePaths.listener(row.site, row.name)}>{row.name}</Link>,
  },
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
