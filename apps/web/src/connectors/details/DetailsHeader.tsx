// The top of a connector's page: name, site, status, the message in plain words, and the actions.
import { PLATFORM_LABELS, type SiteSummary, type StatusInterpretation } from '@connector-console/model';
import { Alert, Button, Content, Flex, FlexItem, Label, Title } from '@patternfly/react-core';
import { routePaths } from '../../routePaths.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { StatusBadge } from '../../status/StatusBadge.tsx';
import { StatusHints } from './StatusHints.tsx';

interface Props {
  siteId: string;
  name: string;
  site: SiteSummary | undefined;
  status: StatusInterpretation;
  onDelete: () => void;
}

export function DetailsHeader({ siteId, name, site, status, onDelete }: Props) {
  const readOnly = site?.readOnly === true;
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
          {readOnly ? (
            <Label>Read-only: the console may not change connectors in this site</Label>
          ) : (
            <Flex>
              <LinkButton to={routePaths.editConnector(siteId, name)} variant="secondary">
                Edit
              </LinkButton>
              <Button variant="danger" onClick={onDelete}>
                Delete
              </Button>
            </Flex>
          )}
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
