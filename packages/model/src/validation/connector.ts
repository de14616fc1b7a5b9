// Validation of a whole Connector document for the platform of its site, reporting every problem at once.
import type { Platform } from '../platform.ts';
import type { ValidationResult } from '../problems.ts';
import { SKUPPER_API_VERSION, SKUPPER_V1ALPHA1_API_VERSION } from '../types.ts';
import { Findings } from './findings.ts';
import { documentMessages as say } from './messages.ts';
import { checkMetadata } from './metadata.ts';
import { CONNECTOR_FIELDS } from './rules.ts';
import { checkSpec } from './spec.ts';
import { warnUnknownFields } from './unknownFields.ts';
import { isAbsent, isMapping } from './values.ts';

export interface ValidationContext {
  platform: Platform;
  /** The site's namespace, when known: metadata.namespace must then match it. */
  namespace?: string;
}

/** `value` is whatever a person's YAML or JSON parsed to, of any shape. */
export function validateConnector(value: unknown, context: ValidationContext): ValidationResult {
  const findings = new Findings();
  if (!isMapping(value)) {
    findings.error('', say.notAMapping(value));
    return findings.toResult();
  }
  findings.error('apiVersion', apiVersionProblem(value.apiVersion));
  findings.error('kind', kindProblem(value.kind));
  checkMetadata(value.metadata, context, findings);
  checkSpec(value.spec, context.platform, findings);
  warnUnknownFields(value, CONNECTOR_FIELDS, '', findings);
  return findings.toResult();
}

function apiVersionProblem(apiVersion: unknown): string | undefined {
  if (apiVersion === SKUPPER_API_VERSION) return undefined;
  if (isAbsent(apiVersion) || apiVersion === '') return say.apiVersionMissing;
  if (apiVersion === SKUPPER_V1ALPHA1_API_VERSION) return say.apiVersionOlder;
  return say.apiVersionWrong(apiVersion);
}

function kindProblem(kind: unknown): string | undefined {
  if (kind === 'Connector') return undefined;
  if (isAbsent(kind) || kind === '') return say.kindMissing;
  return say.kindWrong(kind);
}
