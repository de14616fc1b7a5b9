// Kubernetes label and annotation keys and label values: the rules the API server and label selectors share.
import { keyMessages, metadataMessages } from './messages.ts';
import { isDnsSubdomain, isLabelName, isLabelValue } from './rules.ts';

/**
 * Checks a qualified name (an optional DNS-subdomain prefix and '/', then a name), as label and annotation
 * keys are. `noun` names the key in the message, e.g. "label key"; `shownKey` is the key as the person wrote it.
 */
export function qualifiedNameProblem(key: string, noun: string, shownKey = key): string | undefined {
  if (key === '') return keyMessages.empty(noun);
  const parts = key.split('/');
  if (parts.length > 2) return keyMessages.tooManySlashes(noun, shownKey);
  const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (prefix !== undefined) {
    if (prefix === '') return keyMessages.emptyPrefix(noun, shownKey);
    if (!isDnsSubdomain(prefix)) return keyMessages.badPrefix(noun, shownKey);
  }
  if (name === undefined || name === '') return keyMessages.emptyName(noun, shownKey);
  if (!isLabelName(name)) {
    return prefix === undefined
      ? keyMessages.badName(noun, shownKey)
      : keyMessages.badNameAfterPrefix(noun, shownKey);
  }
  return undefined;
}

/** `subject` names the value in the message, e.g. `Label value "a b"`. */
export function labelValueProblem(value: string, subject: string): string | undefined {
  return isLabelValue(value) ? undefined : metadataMessages.labelValueRule(subject);
}
