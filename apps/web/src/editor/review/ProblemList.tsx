// Problems as a list people can read: the field, where it is in the YAML, and what is wrong.
import type { Problem } from '@connector-console/model';
import { List, ListItem } from '@patternfly/react-core';

export function problemText(problem: Problem): string {
  const where = [problem.path, problem.line === undefined ? undefined : `line ${problem.line}`]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <List>
      {problems.map((problem) => (
        <ListItem key={`${problem.path}:${problem.line ?? ''}:${problem.message}`}>
          {problemText(problem)}
        </ListItem>
      ))}
    </List>
  );
}
