// One table row of a virtualized table; memoized, so that a live update re-renders only the rows that changed.
import { Td, Tr } from '@patternfly/react-table';
import { memo } from 'react';
import type { ColumnDef } from './columns.ts';
import { useFlashKey } from './useFlashKey.ts';

interface Props<Row, K extends string> {
  row: Row;
  version: string;
  index: number;
  columns: readonly ColumnDef<Row, K>[];
  measure: (element: HTMLTableRowElement | null) => void;
}

function VirtualRowUnmemoized<Row, K extends string>({
  row,
  version,
  index,
  columns,
  measure,
}: Props<Row, K>) {
  const flashKey = useFlashKey(version);
  return (
    <Tr
      key={flashKey ?? 'initial'}
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={flashKey ? 'cc-row-changed' : undefined}
    >
      {columns.map((column) => (
        <Td key={column.id} dataLabel={column.title} modifier={column.truncate ? 'truncate' : undefined}>
          {column.cell(row)}
        </Td>
      ))}
    </Tr>
  );
}

export const VirtualRow = memo(VirtualRowUnmemoized) as typeof VirtualRowUnmemoized;
