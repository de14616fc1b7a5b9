// Validation of a connector's metadata: name, namespace, labels, annotations and unknown fields.
import type { ValidationContext } from './connector.ts';
import { validateName, validateNamespace } from './fields.ts';
import { childPath, type Findings } from './findings.ts';
import { metadataMessages as say, documentMessages } from './messages.ts';
import {
  validateAnnotationKey,
  validateAnnotationValue,
  validateLabelKey,
  validateLabelValue,
} from './metadataFields.ts';
import { LIMITS, OBJECT_META_FIELDS } from './rules.ts';
import { warnUnknownFields } from './unknownFields.ts';
import { isAbsent, isMapping } from './values.ts';

export function checkMetadata(metadata: unknown, context: ValidationContext, findings: Findings): void {
  if (isAbsent(metadata)) {
    findings.error('metadata.name', validateName(undefined, context.platform));
    return;
  }
  if (!isMapping(metadata)) {
    findings.error('metadata', documentMessages.notAMappingField('metadata', metadata));
    return;
  }
  findings.error('metadata.name', validateName(metadata.name, context.platform));
  findings.error('metadata.namespace', validateNamespace(metadata.namespace, context.namespace));
  checkLabels(metadata.labels, findings);
  checkAnnotations(metadata.annotations, findings);
  warnUnknownFields(metadata, OBJECT_META_FIELDS, 'metadata', findings);
}

function checkLabels(labels: unknown, findings: Findings): void {
  if (isAbsent(labels)) return;
  if (!isMapping(labels)) {
    findings.error('metadata.labels', say.mapNotAMapping('Labels', labels));
    return;
  }
  for (const [key, value] of Object.entries(labels)) {
    const path = childPath('metadata.labels', key);
    findings.error(path, validateLabelKey(key));
    findings.error(path, validateLabelValue(value));
  }
}

function checkAnnotations(annotations: unknown, findings: Findings): void {
  if (isAbsent(annotations)) return;
  if (!isMapping(annotations)) {
    findings.error('metadata.annotations', say.mapNotAMapping('Annotations', annotations));
    return;
  }
  let bytes = 0;
  for (const [key, value] of Object.entries(annotations)) {
    const path = childPath('metadata.annotations', key);
    findings.error(path, validateAnnotationKey(key));
    findings.error(path, validateAnnotationValue(value));
    bytes += utf8Length(key) + (typeof value === 'string' ? utf8Length(value) : 0);
  }
  if (bytes > LIMITS.annotationsTotalBytes)
    findings.error('metadata.annotations', say.annotationsTooLarge(bytes));
}

/** Kubernetes counts annotation size in bytes of UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}
