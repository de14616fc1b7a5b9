// The top of a connector's page: name, site, status, the message in plain words, and the actions.
import { PLATFORM_LABELS, type SiteSummary, type StatusInterpretation } from '@connector-console/model';
import { Alert, Content, Flex, FlexItem, Title } from '@patternfly/react-core';
import { StatusBadge } from '../../status/StatusBadge.tsx';
import { DetailsActions } from './DetailsActions.tsx';
import { StatusHints } from './StatusHints.tsx';

interface Props {
  siteId: string;
  name: string;
  site: SiteSummary | undefined;
  status: StatusInterpretation;
  onDelete: () => void;
}

export function DetailsHeader({ siteId, name, site, status, onDelete }: Props) {
  return (
    <>
      <Flex
        alignItems={{ default: 'alignItemsCenter' }}
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
      >
        <FlexItem>
          <Flex alignItems={{ default: 'alignItemsCenter' }}>
            <Title headingLevel="h1">{name}</Title>
            <StatusBadge phase={status.phase} label={status.label} />
          </Flex>
          <Content component="p">
            Connector in site {site?.name ?? siteId}
            {site && ` · ${PLATFORM_LABELS[site.platform]} · namespace ${site.namespace}`}
          </Content>
        </FlexItem>
        <FlexItem>
          <DetailsActions siteId={siteId} name={name} site={site} onDelete={onDelete} />
        </FlexItem>
      </Flex>
      {site && !site.statusLive && (
        <Alert
          isInline
          variant="info"
          title="Status on this site is not kept current"
          className="pf-v6-u-mt-md"
        >
          No controller keeps this site’s status up to date, so it changes only when Skupper reloads the site
          (for example with <code>skupper system reload</code>).
        </Alert>
      )}
      <div className="pf-v6-u-mt-md">
        <StatusHints status={status} />
      </div>
    </>
  );
}
