// Validators for label and annotation entries, by Kubernetes' rules; each returns a message or undefined.
import { labelValueProblem, qualifiedNameProblem } from './kubernetesNames.ts';
import { describeValue, metadataMessages as say } from './messages.ts';

export function validateLabelKey(key: string): string | undefined {
  return qualifiedNameProblem(key, 'Label key');
}

export function validateLabelValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return say.valueNotText('Label value', value);
  return labelValueProblem(value, `Label value ${describeValue(value)}`);
}

/** Kubernetes checks annotation keys in lower case, so capitals are allowed in their prefix. */
export function validateAnnotationKey(key: string): string | undefined {
  return qualifiedNameProblem(key.toLowerCase(), 'Annotation key', key);
}

export function validateAnnotationValue(value: unknown): string | undefined {
  return typeof value === 'string' ? undefined : say.valueNotText('Annotation value', value);
}
