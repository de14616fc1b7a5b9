// The problems the YAML view marks at their lines: the console's own rules and the server's answer.
import {
  checkConnectorText,
  type LocatedNotice,
  type Platform,
  type Problem,
} from '@connector-console/model';

export type MarkerSeverity = 'error' | 'warning' | 'info';

export interface YamlMarker {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
  severity: MarkerSeverity;
}

export interface YamlCheck {
  markers: YamlMarker[];
  /** What converting the text from skupper.io/v1alpha1 would change; empty for a current manifest. */
  conversion: LocatedNotice[];
  /** The converted text, when there is something to convert. */
  convertedText?: string;
}

function marker(problem: Problem, severity: MarkerSeverity): YamlMarker {
  const where = problem.path ? `${problem.path}: ` : '';
  return {
    line: problem.line ?? 1,
    column: problem.column ?? 1,
    message: `${where}${problem.message}`,
    severity,
  };
}

export function checkYaml(
  text: string,
  context: { platform: Platform; namespace?: string },
  server: readonly Problem[],
): YamlCheck {
  const check = checkConnectorText(text, context);
  const markers = [
    ...check.problems.errors.map((problem) => marker(problem, 'error')),
    ...server.map((problem) => marker(problem, 'error')),
    ...check.problems.warnings.map((problem) => marker(problem, 'warning')),
    ...check.notices.map((notice) => marker(notice, 'info')),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    markers,
    conversion: check.notices,
    ...(check.importedText === undefined ? {} : { convertedText: check.importedText }),
  };
}
