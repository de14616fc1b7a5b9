// Who matches this connector: the listeners the console sees, the sites the controller reports, and any disagreement.
import type { ConnectorMatching } from '@connector-console/model';
import { Content, List, ListItem, Stack, StackItem, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { StatusBadge } from '../../status/StatusBadge.tsx';
import { AgreementAlert } from './AgreementAlert.tsx';

interface Props {
  matching: ConnectorMatching;
  siteName: (site: string) => string;
}

export function MatchingTab({ matching, siteName }: Props) {
  return (
    <Stack hasGutter>
      <AgreementAlert matching={matching} />
      <StackItem>
        <Title headingLevel="h2" size="lg">
          Listeners with routing key “{matching.routingKey}”
        </Title>
        {matching.listeners.length === 0 ? (
          <Content component="p">No configured site has a listener with this routing key.</Content>
        ) : (
          <Table aria-label="Matching listeners" variant="compact">
            <Thead>
              <Tr>
                <Th>Site</Th>
                <Th>Name</Th>
                <Th>Host and port</Th>
                <Th>Status</Th>
              </Tr>
            </Thead>
            <Tbody>
              {matching.listeners.map((listener) => (
                <Tr key={`${listener.site}/${listener.name}`}>
                  <Td dataLabel="Site">{siteName(listener.site)}</Td>
                  <Td dataLabel="Name">{listener.name}</Td>
                  <Td dataLabel="Host and port">{`${listener.host}:${listener.port}`}</Td>
                  <Td dataLabel="Status">
                    <StatusBadge phase={listener.phase} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          What the controller reports
        </Title>
        <Content component="p">
          {matching.hasMatchingListener
            ? 'The controller says this connector has a matching listener.'
            : 'The controller says this connector has no matching listener.'}
        </Content>
        {matching.networkView === 'unavailable' ? (
          <Content component="p">
            This connector’s site does not report the controller’s network view.
          </Content>
        ) : matching.networkSites.length === 0 ? (
          <Content component="p">Its network view lists no site with listeners for this routing key.</Content>
        ) : (
          <List aria-label="Sites with listeners in the controller’s network view">
            {matching.networkSites.map((site) => (
              <ListItem key={site.siteId ?? site.siteName}>
                {site.siteName}
                {site.namespace && ` (namespace ${site.namespace})`}:{' '}
                {site.listeners.join(', ') || 'listeners'}
              </ListItem>
            ))}
          </List>
        )}
      </StackItem>
    </Stack>
  );
}
