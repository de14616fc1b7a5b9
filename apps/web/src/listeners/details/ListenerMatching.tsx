// Who serves this listener: the connectors the console sees, what the controller reports, any disagreement.
import type { ListenerMatching as Matching } from '@connector-console/model';
import { Content, Stack, StackItem, Title } from '@patternfly/react-core';
import { Link } from 'react-router';
import { AgreementAlert } from '../../connectors/details/AgreementAlert.tsx';
import { routePaths } from '../../routePaths.ts';
import { ControllerView } from './ControllerView.tsx';
import { MatchingConnectorsTable } from './MatchingConnectorsTable.tsx';

interface Props {
  matching: Matching;
  siteName: (site: string) => string;
}

export function ListenerMatching({ matching, siteName }: Props) {
  return (
    <Stack hasGutter>
      <AgreementAlert matching={matching} />
      <StackItem>
        <Title headingLevel="h2" size="lg">
          Connectors with routing key “{matching.routingKey}”
        </Title>
        {matching.connectors.length === 0 ? (
          <Content component="p">
            No configured site has a connector with this routing key.{' '}
            <Link to={routePaths.newConnector()}>Create a connector</Link> in the site that runs the workload.
          </Content>
        ) : (
          <MatchingConnectorsTable
            routingKey={matching.routingKey}
            connectors={matching.connectors}
            siteName={siteName}
          />
        )}
      </StackItem>
      <StackItem>
        <ControllerView matching={matching} />
      </StackItem>
    </Stack>
  );
}
