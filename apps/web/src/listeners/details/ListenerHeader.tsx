// The top of a listener's page: name, site, status, the message in plain words, routing key and address.
import {
  PLATFORM_LABELS,
  type Listener,
  type SiteSummary,
  type StatusInterpretation,
} from '@connector-console/model';
import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  Title,
} from '@patternfly/react-core';
import { StatusHints } from '../../connectors/details/StatusHints.tsx';
import { StatusBadge } from '../../status/StatusBadge.tsx';

interface Props {
  siteId: string;
  listener: Listener;
  site: SiteSummary | undefined;
  status: StatusInterpretation;
}

export function ListenerHeader({ siteId, listener, site, status }: Props) {
  const { spec } = listener;
  return (
    <>
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <Title headingLevel="h1">{listener.metadata.name}</Title>
        <StatusBadge phase={status.phase} label={status.label} />
      </Flex>
      <Content component="p">
        Listener in site {site?.name ?? siteId}
        {site && ` · ${PLATFORM_LABELS[site.platform]} · namespace ${site.namespace}`}
      </Content>
      <DescriptionList isCompact isHorizontal className="pf-v6-u-mt-md">
        <DescriptionListGroup>
          <DescriptionListTerm>Routing key</DescriptionListTerm>
          <DescriptionListDescription>{spec?.routingKey}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>Host and port</DescriptionListTerm>
          <DescriptionListDescription>{spec && `${spec.host}:${spec.port}`}</DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      <div className="pf-v6-u-mt-md">
        <StatusHints status={status} />
      </div>
    </>
  );
}
