// YAML documents as the one source of truth of an editor: parse safely, edit fields, keep comments.
export { parseYamlDocument, parseYamlDocuments } from './parse.ts';
export type { ParsedYaml, ParsedYamlStream } from './parse.ts';
export { DEFAULT_YAML_LIMITS } from './limits.ts';
export type { YamlLimits } from './limits.ts';
export type { YamlProblem, YamlProblemCode } from './messages.ts';
export { applyValue, deleteField, getField, renameField, setField, toValue } from './fields.ts';
export type { FieldKey, FieldPath } from './nodes.ts';
export { newYamlDocument, serialize } from './format.ts';
export { locate, locateProblems } from './locate.ts';
export type { TextPosition } from './locate.ts';
export { formatFieldPath, resolveDottedPath, splitDottedPath } from './path.ts';
export { checkConnectorText } from './check-connector-text.ts';
export type { ConnectorTextCheck, ConnectorTextContext, LocatedNotice } from './check-connector-text.ts';
export { hasComments } from './comments.ts';
