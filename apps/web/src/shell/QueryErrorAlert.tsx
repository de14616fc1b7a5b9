// Shows why a request failed, where its data would have been, with a retry.
import { Alert, AlertActionLink } from '@patternfly/react-core';

interface Props {
  /** What failed to load, in words: "connectors". */
  what: string;
  error: Error;
  onRetry?: () => void;
}

export function QueryErrorAlert({ what, error, onRetry }: Props) {
  return (
    <Alert
      isInline
      variant="danger"
      title={`Could not load ${what}`}
      actionLinks={onRetry ? <AlertActionLink onClick={onRetry}>Try again</AlertActionLink> : undefined}
    >
      {error.message}
    </Alert>
  );
}
