// What the listener's controller reports about matching connectors: its flag and its network view.
import type { ListenerMatching } from '@connector-console/model';
import { Content, List, ListItem, Title } from '@patternfly/react-core';

export function ControllerView({ matching }: { matching: ListenerMatching }) {
  return (
    <>
      <Title headingLevel="h2" size="lg">
        What the controller reports
      </Title>
      <Content component="p">
        {matching.hasMatchingConnector
          ? 'The controller says this listener has a matching connector.'
          : 'The controller says this listener has no matching connector.'}
      </Content>
      {matching.networkView === 'unavailable' ? (
        <Content component="p">This listener’s site does not report the controller’s network view.</Content>
      ) : matching.networkSites.length === 0 ? (
        <Content component="p">Its network view lists no site with connectors for this routing key.</Content>
      ) : (
        <List aria-label="Sites with connectors in the controller’s network view">
          {matching.networkSites.map((site) => (
            <ListItem key={site.siteId ?? site.siteName}>
              {site.siteName}
              {site.namespace && ` (namespace ${site.namespace})`}:{' '}
              {site.connectors.length > 0 ? `connectors to ${site.connectors.join(', ')}` : 'connectors'}
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
