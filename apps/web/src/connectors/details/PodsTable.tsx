// The pods a connector's selector matches right now.
import type { PodSummary } from '@connector-console/model';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

export function PodsTable({ pods }: { pods: readonly PodSummary[] }) {
  if (pods.length === 0) {
    return (
      <Content component="p">
        No pod matches this selector now, so the connector has nothing to send traffic to. Check the pods’
        labels.
      </Content>
    );
  }
  return (
    <Table aria-label="Pods matched by the selector" variant="compact">
      <Thead>
        <Tr>
          <Th>Pod</Th>
          <Th>IP address</Th>
          <Th>Phase</Th>
          <Th>Ready</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pods.map((pod) => (
          <Tr key={pod.name}>
            <Td dataLabel="Pod">{pod.name}</Td>
            <Td dataLabel="IP address">{pod.ip ?? 'none yet'}</Td>
            <Td dataLabel="Phase">{pod.phase}</Td>
            <Td dataLabel="Ready">{pod.ready ? 'Yes' : 'No'}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
