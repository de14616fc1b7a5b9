// Field errors of an Invalid (422) answer, worded like k8s.io/apimachinery's field.Error.

export type FieldErrorReason =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueTypeInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueTooLong'
  | 'FieldValueForbidden';

export interface FieldError {
  reason: FieldErrorReason;
  /** Dotted path with `[i]` for list items, e.g. `spec.port` or `status.conditions[0].type`. */
  field: string;
  /** The text after `<field>: `, e.g. `Required value`. */
  message: string;
}

/** How Go's `%q`/`%v` print a bad value inside `Invalid value: ...`. */
export function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return '"null"';
  return JSON.stringify(value);
}

const withDetail = (text: string, detail?: string) => (detail ? `${text}: ${detail}` : text);

export const fieldErrors = {
  required: (field: string, detail?: string): FieldError => ({
    reason: 'FieldValueRequired',
    field,
    message: withDetail('Required value', detail),
  }),
  invalid: (field: string, value: unknown, detail?: string): FieldError => ({
    reason: 'FieldValueInvalid',
    field,
    message: withDetail(`Invalid value: ${goValue(value)}`, detail),
  }),
  typeInvalid: (field: string, value: unknown, detail?: string): FieldError => ({
    reason: 'FieldValueTypeInvalid',
    field,
    message: withDetail(`Invalid value: ${goValue(value)}`, detail),
  }),
  notSupported: (field: string, value: unknown, supported: readonly string[]): FieldError => ({
    reason: 'FieldValueNotSupported',
    field,
    message: `Unsupported value: ${goValue(value)}: supported values: ${supported.map((v) => JSON.stringify(v)).join(', ')}`,
  }),
  tooLong: (field: string, maxBytes: number): FieldError => ({
    reason: 'FieldValueTooLong',
    field,
    message: `Too long: may not be more than ${maxBytes} bytes`,
  }),
  forbidden: (field: string, detail: string): FieldError => ({
    reason: 'FieldValueForbidden',
    field,
    message: `Forbidden: ${detail}`,
  }),
};

/** One error reads `field: message`; several are listed in brackets, as utilerrors.Aggregate prints them. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  const texts = errors.map((error) => `${error.field}: ${error.message}`);
  return texts.length === 1 ? (texts[0] ?? '') : `[${texts.join(', ')}]`;
}
