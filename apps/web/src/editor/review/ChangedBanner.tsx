// Says that a newer version of the connector arrived while it is being edited; the edit is never replaced by it.
import { Alert, AlertActionLink } from '@patternfly/react-core';

interface Props {
  /** The newer version, or undefined when the connector was deleted. */
  version: string | undefined;
  deleted: boolean;
  onReload: () => void;
  onCompare: () => void;
}

export function ChangedBanner({ version, deleted, onReload, onCompare }: Props) {
  if (deleted) {
    return (
      <Alert isInline variant="warning" title="This connector was deleted since you opened it">
        Saving will fail. Your edit is kept: copy it from the YAML view, or create the connector again.
      </Alert>
    );
  }
  return (
    <Alert
      isInline
      variant="warning"
      title="This connector changed since you opened it"
      actionLinks={
        <>
          <AlertActionLink onClick={onCompare}>Compare</AlertActionLink>
          <AlertActionLink onClick={onReload}>Reload (discard mine)</AlertActionLink>
        </>
      }
    >
      Someone else saved a newer version{version ? ` (version ${version})` : ''}. Your edit is kept; compare
      the two before you decide.
    </Alert>
  );
}
