// Which problem shows at which form field: per-field rules as people type, whole-document rules for the rest.
import {
  validateConnector,
  validateHost,
  validateName,
  validatePort,
  validateRoutingKey,
  validateSelector,
  validateTlsCredentials,
  type Platform,
  type Problem,
  type ValidationResult,
} from '@connector-console/model';

/** The fields the form shows, by the dotted path problems carry; `spec` alone holds the selector-or-host rule. */
export const FORM_FIELDS = [
  'metadata.name',
  'metadata.labels',
  'metadata.annotations',
  'spec',
  'spec.routingKey',
  'spec.port',
  'spec.selector',
  'spec.host',
  'spec.tlsCredentials',
  'spec.type',
  'spec.useClientCert',
  'spec.verifyHostname',
  'spec.includeNotReadyPods',
  'spec.exposePodsByName',
  'spec.settings',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const FIELD_RULES: Partial<Record<FormField, (value: unknown, platform: Platform) => string | undefined>> = {
  'metadata.name': validateName,
  'spec.routingKey': (value) => validateRoutingKey(value),
  'spec.port': (value) => validatePort(value),
  'spec.selector': (value) => validateSelector(value),
  'spec.host': validateHost,
  'spec.tlsCredentials': validateTlsCredentials,
};

export interface FormProblemInput {
  /** The connector as plain data (the document's value). */
  value: unknown;
  platform: Platform;
  namespace?: string;
  /** Problems the server found in the last text it was sent. */
  server: readonly Problem[];
  /** Whether a field's own problems show yet: the person touched it, or asked for a review. */
  shows: (field: FormField) => boolean;
}

export interface FormProblems {
  /** The first error to show per field. */
  fields: Partial<Record<FormField, string>>;
  /** Errors at fields the form does not show (apiVersion, kind, namespace), to show above it. */
  elsewhere: Problem[];
  /** Advice that does not block a save, such as an unknown field. */
  warnings: Problem[];
  validation: ValidationResult;
}

/** The form field that shows a problem at `path`: the field itself, or the map field holding it. */
export function formFieldOf(path: string): FormField | undefined {
  const exact = FORM_FIELDS.find((field) => field === path);
  if (exact) return exact;
  return FORM_FIELDS.find((field) => field !== 'spec' && path.startsWith(`${field}.`));
}

function read(value: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, value);
}

export function formProblems(input: FormProblemInput): FormProblems {
  const validation = validateConnector(input.value, { platform: input.platform, namespace: input.namespace });
  const fields: Partial<Record<FormField, string>> = {};
  const put = (field: FormField, message: string | undefined) => {
    if (message !== undefined && fields[field] === undefined) fields[field] = message;
  };
  const elsewhere: Problem[] = [];
  for (const problem of input.server) {
    const field = formFieldOf(problem.path);
    if (field) put(field, problem.message);
    else elsewhere.push(problem);
  }
  for (const field of FORM_FIELDS) {
    const rule = FIELD_RULES[field];
    if (rule && input.shows(field)) put(field, rule(read(input.value, field), input.platform));
  }
  for (const problem of validation.errors) {
    const field = formFieldOf(problem.path);
    if (!field) elsewhere.push(problem);
    else if (input.shows(field)) put(field, problem.message);
  }
  return { fields, elsewhere, warnings: validation.warnings, validation };
}
