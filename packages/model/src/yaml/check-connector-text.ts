// One call for a caller that holds connector text: parse, import v1alpha1, validate, and place every problem.
import type { Document, LineCounter } from 'yaml';
import { importV1alpha1, isV1alpha1Connector } from '../import/v1alpha1.ts';
import type { ImportNotice } from '../import/v1alpha1.ts';
import { result } from '../problems.ts';
import type { ValidationResult } from '../problems.ts';
import { validateConnector } from '../validation/index.ts';
import type { ValidationContext } from '../validation/index.ts';
import { getField, toValue } from './fields.ts';
import { serialize } from './format.ts';
import type { YamlLimits } from './limits.ts';
import { locate, locateProblems } from './locate.ts';
import { parseYamlDocument } from './parse.ts';

export interface ConnectorTextContext extends ValidationContext {
  limits?: Partial<YamlLimits>;
}

export interface LocatedNotice extends ImportNotice {
  line: number;
  column: number;
}

export interface ConnectorTextCheck {
  /** The document, already converted when the text was v1alpha1; absent when the text was refused. */
  doc?: Document;
  lineCounter: LineCounter;
  /** The connector as plain data, when the text parsed. */
  value?: unknown;
  /** YAML and validation problems, with lines and columns in the text as given. */
  problems: ValidationResult;
  /** What the v1alpha1 import changed, placed at the field in the text as given. */
  notices: LocatedNotice[];
  /** The converted text, present only when the import changed something. */
  importedText?: string;
}

export function checkConnectorText(text: string, context: ConnectorTextContext): ConnectorTextCheck {
  const { doc, lineCounter, problems, warnings } = parseYamlDocument(text, context.limits);
  if (!doc) return { lineCounter, problems: result(problems, warnings), notices: [] };

  let notices: LocatedNotice[] = [];
  if (isV1alpha1Connector(getField(doc, ['apiVersion']), getField(doc, ['kind']))) {
    // Located in a copy taken before the import, which still holds the fields the import drops.
    const original = doc.clone();
    notices = importV1alpha1(doc).map((notice) => ({
      ...notice,
      ...locate(original, lineCounter, notice.path),
    }));
  }
  const value = toValue(doc, context.limits?.maxAliases);
  const validation = validateConnector(value, { platform: context.platform, namespace: context.namespace });
  return {
    doc,
    lineCounter,
    value,
    // Fields the import renamed keep their original text ranges, so these positions match `text`.
    problems: result(locateProblems(doc, lineCounter, validation.errors), [
      ...warnings,
      ...locateProblems(doc, lineCounter, validation.warnings),
    ]),
    notices,
    ...(notices.length > 0 ? { importedText: serialize(doc) } : {}),
  };
}
