// The controller's message and, for each known line of it, what it means and what to do.
import type { StatusInterpretation } from '@connector-console/model';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

export function StatusHints({ status }: { status: StatusInterpretation }) {
  // A message that is one known line is already the title of its hint; saying it twice helps nobody.
  const repeated = status.hints.some((hint) => hint.message === status.message);
  return (
    <Stack hasGutter>
      {status.message && !repeated && (
        <StackItem>
          <p className="cc-status-message">{status.message}</p>
        </StackItem>
      )}
      {status.hints.map((hint) => (
        <StackItem key={hint.message}>
          <Title headingLevel="h3" size="md">
            {hint.message}
          </Title>
          <DescriptionList isCompact isHorizontal>
            <DescriptionListGroup>
              <DescriptionListTerm>What it means</DescriptionListTerm>
              <DescriptionListDescription>{hint.meaning}</DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>What to do</DescriptionListTerm>
              <DescriptionListDescription>{hint.action}</DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
        </StackItem>
      ))}
    </Stack>
  );
}
