export type { JsonSchema } from './json-schema.ts';
export { EDITOR_MESSAGE_KEYWORDS, JSON_SCHEMA_DRAFT_07 } from './json-schema.ts';
export { CrdSchemaError, crdVersionSchema, openApiToJsonSchema } from './openapi-to-json-schema.ts';
export { connectorSchemaFromCrd, renderConnectorSchema } from './connector-schema.ts';
export { connectorSchema, describeField, fieldDescriptions } from './field-descriptions.ts';
