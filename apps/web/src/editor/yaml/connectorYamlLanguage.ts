// Monaco (set up once, in loadMonaco.ts) with monaco-yaml given the Connector schema: completion, hover, schema checks.
// Imported only by lazily loaded modules, so Monaco stays out of the first page.
import { connectorSchema } from '@connector-console/model';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import { monaco } from '../../monaco/loadMonaco.ts';
import { CONNECTOR_MODEL_GLOB } from './modelPath.ts';

/** Hover text names this as the schema's source; it is never fetched. */
const SCHEMA_URI = 'https://connector-console.invalid/schemas/connector.json';

// A module runs once however often it is imported, so the YAML language is configured once.
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  completion: true,
  hover: true,
  validate: true,
  schemas: [{ uri: SCHEMA_URI, fileMatch: [CONNECTOR_MODEL_GLOB], schema: connectorSchema as JSONSchema }],
});

export { monaco };
