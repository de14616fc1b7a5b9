// The controller's view of the whole network from one site: Site.status.network.
import type { NetworkSite } from '@connector-console/model';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ReactNode } from 'react';

const count = (items: readonly unknown[] | undefined, noun: string) => {
  const n = items?.length ?? 0;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
};

const COLUMNS: { title: string; cell: (site: NetworkSite) => ReactNode }[] = [
  { title: 'Site', cell: (site) => site.name },
  { title: 'Namespace', cell: (site) => site.namespace ?? '' },
  { title: 'Platform', cell: (site) => site.platform ?? '' },
  { title: 'Version', cell: (site) => site.version ?? '' },
  { title: 'Links', cell: (site) => count(site.links, 'link') },
  { title: 'Routing keys', cell: (site) => count(site.services, 'routing key') },
];

export function NetworkViewTable({
  siteName,
  network,
}: {
  siteName: string;
  network: readonly NetworkSite[];
}) {
  if (network.length === 0) {
    return <Content component="p">The controller reports no sites in the network yet.</Content>;
  }
  return (
    <Table aria-label={`Network as seen from site ${siteName}`} variant="compact">
      <Thead>
        <Tr>
          {COLUMNS.map((column) => (
            <Th key={column.title}>{column.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {network.map((site) => (
          <Tr key={site.id}>
            {COLUMNS.map((column) => (
              <Td key={column.title} dataLabel={column.title}>
                {column.cell(site)}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
