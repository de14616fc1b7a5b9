// A sortable PatternFly table that renders only the rows in view, keeping real table semantics for assistive technology.
import { Table, Tbody, Th, Thead, Tr } from '@patternfly/react-table';
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ColumnDef } from './columns.ts';
import type { SortState } from './sorting.ts';
import { VirtualRow } from './VirtualRow.tsx';
import './virtualTable.css';

interface Props<Row, K extends string> {
  /** Names the table, e.g. "Connectors". */
  label: string;
  columns: readonly ColumnDef<Row, K>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowVersion: (row: Row) => string;
  sort: SortState<K>;
  onSort: (sort: SortState<K>) => void;
  rowHeight?: number;
}

export function VirtualTable<Row, K extends string>(props: Props<Row, K>) {
  const { label, columns, rows, rowKey, rowVersion, sort, onSort, rowHeight = 44 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions on purpose; this app does not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    // A row that measures 0 (not laid out yet, or hidden) keeps its estimate, or every row would seem to fit.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const sortIndex = columns.findIndex((column) => column.id === sort.by);

  return (
    // The scroll area takes focus so that keyboard users can scroll rows not rendered yet (WCAG 2.1.1).
    <div
      ref={scrollRef}
      className="cc-virtual-table"
      role="region"
      aria-label={`${label} (scrollable)`}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <Table aria-label={label} variant="compact" isStickyHeader aria-rowcount={rows.length + 1}>
        <Thead>
          <Tr aria-rowindex={1}>
            {columns.map((column, columnIndex) => (
              <Th
                key={column.id}
                width={column.width}
                sort={{
                  columnIndex,
                  sortBy: { index: sortIndex, direction: sort.direction },
                  onSort: (_event, index, direction) => {
                    const by = columns[index]?.id;
                    if (by !== undefined) onSort({ by, direction });
                  },
                }}
              >
                {column.title}
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="cc-virtual-spacer" style={{ height: paddingTop }} />
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <VirtualRow
                key={item.key}
                row={row}
                version={rowVersion(row)}
                index={item.index}
                columns={columns}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="cc-virtual-spacer" style={{ height: paddingBottom }} />
          )}
        </Tbody>
      </Table>
    </div>
  );
}
