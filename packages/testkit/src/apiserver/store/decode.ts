// Turns a request body into the object the server works on: a private copy, with undeclared fields pruned.
import { apiErrors } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import { cloneJson, isJsonObject } from '../objects.ts';
import type { ResourceType } from '../resources/types.ts';
import { pruneUnknownFields } from '../schema/prune.ts';

/** The fieldValidation query parameter: what happens to fields the schema does not declare. */
export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

export interface WriteOptions {
  /** Validate and answer as if written, but store nothing and tell no watcher (`?dryRun=All`). */
  dryRun?: boolean;
  /** Default `Warn`: unknown fields are dropped and reported in `warnings`. */
  fieldValidation?: FieldValidation;
  /** Collects warnings (`unknown field "spec.foo"`) that the HTTP layer sends as `Warning` headers. */
  warnings?: string[];
}

/** A private copy of the request body with undeclared fields pruned, as the decoder hands it over. */
export function decode(type: ResourceType, input: unknown, options: WriteOptions): KubeObject {
  if (!isJsonObject(input))
    throw apiErrors.badRequest(`Object 'Kind' is missing in '${JSON.stringify(input)}'`);
  const object = cloneJson(input);
  if (object.metadata === undefined || object.metadata === null) object.metadata = {};
  if (!isJsonObject(object.metadata)) {
    throw apiErrors.badRequest(
      `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: metadata must be an object`,
    );
  }
  const unknown = type.schema ? pruneUnknownFields(object, type.schema) : [];
  if (unknown.length > 0) {
    const texts = unknown.map((path) => `unknown field "${path}"`);
    if (options.fieldValidation === 'Strict') {
      throw apiErrors.badRequest(
        `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${texts.join(', ')}`,
      );
    }
    if (options.fieldValidation !== 'Ignore') options.warnings?.push(...texts);
  }
  return object as KubeObject;
}
