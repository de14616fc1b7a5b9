// What the site said to the dry run: checking, accepted (with any advice), or refused and why.
import { Alert, AlertActionLink, Spinner } from '@patternfly/react-core';
import type { DryRun } from '../state/editorState.ts';
import { ProblemList } from './ProblemList.tsx';

interface Props {
  dryRun: DryRun;
  siteName: string;
  onFix: () => void;
}

export function DryRunResult({ dryRun, siteName, onFix }: Props) {
  switch (dryRun.state) {
    case 'running':
      return (
        <Alert
          isInline
          isPlain
          variant="info"
          customIcon={<Spinner size="md" aria-hidden />}
          title={`Checking with site ${siteName} (a dry run: nothing is written)…`}
        />
      );
    case 'passed':
      return (
        <Alert isInline variant="success" title={`Site ${siteName} accepts this connector`}>
          This was a dry run: nothing is written until you save.
          {dryRun.warnings.length > 0 && (
            <>
              {' '}
              Worth a look before you do:
              <ProblemList problems={dryRun.warnings} />
            </>
          )}
        </Alert>
      );
    case 'failed':
      return (
        <Alert
          isInline
          variant="danger"
          title={`Site ${siteName} does not accept this connector`}
          actionLinks={<AlertActionLink onClick={onFix}>Back to editing</AlertActionLink>}
        >
          {dryRun.message}
          <ProblemList problems={dryRun.problems} />
        </Alert>
      );
  }
}
