// Edit and Delete for one connector, each turned off with its reason in view when the site does not allow it.
import type { SiteSummary } from '@connector-console/model';
import { Button, Flex, FlexItem, HelperText, HelperTextItem } from '@patternfly/react-core';
import { routePaths } from '../../routePaths.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { refusalOf } from '../../sites/siteAccess.ts';

interface Props {
  siteId: string;
  name: string;
  site: SiteSummary | undefined;
  onDelete: () => void;
}

export function DetailsActions({ siteId, name, site, onDelete }: Props) {
  const editRefused = refusalOf(site, 'update')?.message;
  const deleteRefused = refusalOf(site, 'delete')?.message;
  // Read-only credentials refuse both for one reason: say it once.
  const reasons = [...new Set([editRefused, deleteRefused])].filter((reason) => reason !== undefined);
  const reasonId = (reason: string | undefined) =>
    reason === undefined ? undefined : `connector-action-refused-${reasons.indexOf(reason)}`;

  return (
    <Flex
      direction={{ default: 'column' }}
      alignItems={{ default: 'alignItemsFlexEnd' }}
      gap={{ default: 'gapSm' }}
    >
      <Flex>
        {editRefused ? (
          // aria-disabled rather than disabled: the button stays focusable, so its reason can be reached.
          <Button variant="secondary" isAriaDisabled aria-describedby={reasonId(editRefused)}>
            Edit
          </Button>
        ) : (
          <LinkButton to={routePaths.editConnector(siteId, name)} variant="secondary">
            Edit
          </LinkButton>
        )}
        <Button
          variant="danger"
          onClick={onDelete}
          isAriaDisabled={deleteRefused !== undefined}
          aria-describedby={reasonId(deleteRefused)}
        >
          Delete
        </Button>
      </Flex>
      {reasons.length > 0 && (
        <FlexItem>
          <HelperText>
            {reasons.map((reason) => (
              <HelperTextItem key={reason} id={reasonId(reason)}>
                {reason}
              </HelperTextItem>
            ))}
          </HelperText>
        </FlexItem>
      )}
    </Flex>
  );
}
