// Checks of metadata that every object gets (ValidateObjectMeta), with the API server's wording.
import { fieldErrors, type FieldError } from '../errors/fieldErrors.ts';
import type { JsonObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_MESSAGE =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

export type NameRule = 'dns-subdomain' | 'dns-label';

export function nameProblems(name: string, rule: NameRule): string[] {
  const [pattern, message, max] =
    rule === 'dns-label' ? [DNS_LABEL, LABEL_MESSAGE, 63] : [DNS_SUBDOMAIN, SUBDOMAIN_MESSAGE, 253];
  const problems: string[] = [];
  if (name.length > max) problems.push(`must be no more than ${max} characters`);
  if (!pattern.test(name)) problems.push(message);
  return problems;
}

function qualifiedNameProblems(key: string): string[] {
  const slash = key.lastIndexOf('/');
  const [prefix, name] = slash < 0 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
  const problems: string[] = [];
  if (prefix !== undefined)
    problems.push(...nameProblems(prefix, 'dns-subdomain').map((p) => `prefix part ${p}`));
  if (name.length === 0) problems.push('name part must be non-empty');
  else if (name.length > 63) problems.push('name part must be no more than 63 characters');
  if (name.length > 0 && !QUALIFIED_NAME_PART.test(name)) problems.push(NAME_PART_MESSAGE);
  return problems;
}

function stringMapErrors(value: unknown, field: string, checkValue: boolean): FieldError[] {
  if (value === undefined || value === null) return [];
  if (!isJsonObject(value)) return [fieldErrors.typeInvalid(field, value, 'must be a map of strings')];
  const errors: FieldError[] = [];
  for (const [key, entry] of Object.entries(value)) {
    for (const problem of qualifiedNameProblems(key)) errors.push(fieldErrors.invalid(field, key, problem));
    if (typeof entry !== 'string') {
      errors.push(fieldErrors.typeInvalid(`${field}.${key}`, entry, 'must be a string'));
    } else if (checkValue) {
      if (entry.length > 63)
        errors.push(fieldErrors.invalid(field, entry, 'must be no more than 63 characters'));
      if (!LABEL_VALUE.test(entry)) errors.push(fieldErrors.invalid(field, entry, LABEL_VALUE_MESSAGE));
    }
  }
  return errors;
}

export function objectMetaErrors(metadata: JsonObject, rule: NameRule): FieldError[] {
  const errors: FieldError[] = [];
  const name = metadata.name;
  if (typeof name !== 'string' || name === '') {
    errors.push(fieldErrors.required('metadata.name', 'name or generateName is required'));
  } else {
    for (const problem of nameProblems(name, rule))
      errors.push(fieldErrors.invalid('metadata.name', name, problem));
  }
  errors.push(...stringMapErrors(metadata.labels, 'metadata.labels', true));
  errors.push(...stringMapErrors(metadata.annotations, 'metadata.annotations', false));
  return errors;
}
