// Validates custom resources against their CRD's openAPIV3Schema with ajv, reporting errors as the API server words them.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { fieldErrors, type FieldError } from '../errors/fieldErrors.ts';
import type { KubeObject } from '../objects.ts';
import { isJsonObject } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
ajv.addFormat('int64', true);
ajv.addFormat('int32', true);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);

const compiled = new WeakMap<ResourceType, ValidateFunction>();

function validatorOf(type: ResourceType): ValidateFunction | undefined {
  if (!type.schema) return undefined;
  let validate = compiled.get(type);
  if (!validate) {
    validate = ajv.compile(type.schema);
    compiled.set(type, validate);
  }
  return validate;
}

/** Errors of the object against its type's schema, in the order the schema lists its fields. */
export function validateAgainstSchema(type: ResourceType, object: KubeObject): FieldError[] {
  const validate = validatorOf(type);
  if (!validate || validate(object)) return [];
  const errors = validate.errors ?? [];
  // A failed oneOf reports itself once; ajv's errors from inside its branches would only repeat it.
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  return errors
    .filter((e) => !oneOfPaths.some((prefix) => e.schemaPath.startsWith(prefix)))
    .map((e) => toFieldError(e, object));
}

/** The JSON type name kube-openapi prints: `integer` for whole numbers, `number` otherwise. */
function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `/status/conditions/0/type` → `status.conditions[0].type`, telling list indexes from map keys by the data. */
export function fieldPath(pointer: string, root: unknown): string {
  let path = '';
  let current: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current)) {
      path += `[${step}]`;
      current = current[Number(step)];
    } else {
      path += path ? `.${step}` : step;
      current = isJsonObject(current) ? current[step] : undefined;
    }
  }
  return path;
}

function toFieldError(error: ErrorObject, root: unknown): FieldError {
  const field = fieldPath(error.instancePath, root);
  const value: unknown = error.data;
  const params = error.params as Record<string, unknown>;
  const inBody = `${field} in body`;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return fieldErrors.required(field ? `${field}.${missing}` : missing);
    }
    case 'type': {
      const actual = jsonTypeName(value);
      return fieldErrors.typeInvalid(
        field,
        actual,
        `${inBody} must be of type ${String(params.type)}: "${actual}"`,
      );
    }
    case 'enum':
      return fieldErrors.notSupported(field, value, (params.allowedValues as unknown[]).map(String));
    case 'oneOf': {
      const passing = Array.isArray(params.passingSchemas) ? params.passingSchemas.length : 0;
      const found = passing === 0 ? 'Found none valid' : `Found ${passing} valid alternatives`;
      return fieldErrors.invalid(
        '',
        '',
        `"${field || '.'}" must validate one and only one schema (oneOf). ${found}`,
      );
    }
    case 'pattern':
      return fieldErrors.invalid(field, value, `${inBody} should match '${String(params.pattern)}'`);
    case 'maxLength':
      return fieldErrors.tooLong(field, Number(params.limit));
    case 'minLength':
      return fieldErrors.invalid(
        field,
        value,
        `${inBody} should be at least ${String(params.limit)} chars long`,
      );
    case 'minimum':
      return fieldErrors.invalid(
        field,
        value,
        `${inBody} should be greater than or equal to ${String(params.limit)}`,
      );
    case 'maximum':
      return fieldErrors.invalid(
        field,
        value,
        `${inBody} should be less than or equal to ${String(params.limit)}`,
      );
    case 'format':
      return fieldErrors.invalid(
        field,
        value,
        `${inBody} must be of type ${String(params.format)}: ${JSON.stringify(value)}`,
      );
    default:
      return fieldErrors.invalid(field, value, `${inBody} ${error.message ?? 'is invalid'}`);
  }
}
