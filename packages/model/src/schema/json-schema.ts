// The subset of JSON Schema (draft-07) that the Connector schema uses, plus the editor's message keywords.

export const JSON_SCHEMA_DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

export interface JsonSchema {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  readOnly?: boolean;
  /** Shown by the YAML editor instead of the raw pattern when a value does not match. */
  patternErrorMessage?: string;
  /** Shown by the YAML editor instead of its generic type, enum or pattern message. */
  errorMessage?: string;
}

/**
 * Keywords the schema carries for the YAML editor's messages only. A strict validator such as ajv must be
 * told about them (`ajv.addVocabulary([...EDITOR_MESSAGE_KEYWORDS])`), or it refuses the schema.
 */
export const EDITOR_MESSAGE_KEYWORDS = ['patternErrorMessage', 'errorMessage'] as const;
