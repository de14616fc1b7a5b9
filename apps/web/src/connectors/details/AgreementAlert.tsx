// The note on why the console's and the controller's answers differ, as an alert whose tone says how much it matters.
import type { MatchingAgreement } from '@connector-console/model';
import { Alert, StackItem } from '@patternfly/react-core';
import { agreementNotice } from './agreementNotice.ts';

export function AgreementAlert({ matching }: { matching: { agreement: MatchingAgreement; note?: string } }) {
  if (!matching.note) return null;
  const notice = agreementNotice(matching.agreement);
  return (
    <StackItem>
      <Alert isInline variant={notice.variant} title={notice.title}>
        {matching.note}
      </Alert>
    </StackItem>
  );
}
