// The controller's conditions on a connector, in its order, with when each last changed.
import type { Condition } from '@connector-console/model';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ReactNode } from 'react';
import { RelativeTime } from '../../format/RelativeTime.tsx';

const COLUMNS: { title: string; cell: (condition: Condition) => ReactNode }[] = [
  { title: 'Type', cell: (c) => c.type },
  { title: 'Status', cell: (c) => c.status },
  { title: 'Reason', cell: (c) => c.reason },
  { title: 'Message', cell: (c) => c.message },
  { title: 'Last changed', cell: (c) => <RelativeTime iso={c.lastTransitionTime} /> },
];

export function ConditionsTable({ conditions }: { conditions: readonly Condition[] }) {
  if (conditions.length === 0) {
    return <Content component="p">The controller has reported no conditions for this connector yet.</Content>;
  }
  return (
    <Table aria-label="Conditions" variant="compact">
      <Thead>
        <Tr>
          {COLUMNS.map((column) => (
            <Th key={column.title}>{column.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((condition) => (
          <Tr key={condition.type}>
            {COLUMNS.map((column) => (
              <Td key={column.title} dataLabel={column.title}>
                {column.cell(condition)}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
