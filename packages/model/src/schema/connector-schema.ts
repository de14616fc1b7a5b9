// Builds the editor's JSON Schema for a Connector document from the Connector CRD.
import { SKUPPER_API_VERSION, SKUPPER_VERSION } from '../types.ts';
import { JSON_SCHEMA_DRAFT_07, type JsonSchema } from './json-schema.ts';
import { crdVersionSchema, CrdSchemaError, openApiToJsonSchema } from './openapi-to-json-schema.ts';
import {
  apiVersionSchema,
  connectorKindSchema,
  DNS_SUBDOMAIN_PATTERN,
  objectMetaSchema,
} from './resource-envelope-schema.ts';

const GENERATED_NOTE =
  'Generated from the Skupper Connector CRD by packages/model/scripts/generate-schema.ts. Do not edit: run `npm run schema`.';

const TARGET_NOTE =
  "The CRD's oneOf (exactly one of selector and host) is the Kubernetes rule. Docker, Podman and Linux sites require host; the validator checks that per platform.";

function property(spec: JsonSchema, name: string): JsonSchema {
  const found = spec.properties?.[name];
  if (!found) throw new CrdSchemaError(`The Connector CRD no longer declares spec.${name}.`);
  return found;
}

/** Adds the rules that the CRD leaves out but the console and the skupper CLI enforce. */
function strengthenSpec(spec: JsonSchema): JsonSchema {
  return {
    ...describe(spec, SPEC_NOTE),
    $comment: TARGET_NOTE,
    // Kubernetes drops (or, with strict field validation, refuses) fields the CRD does not declare.
    additionalProperties: false,
    properties: {
      ...spec.properties,
      routingKey: {
        ...property(spec, 'routingKey'),
        minLength: 1,
        pattern: DNS_SUBDOMAIN_PATTERN,
        patternErrorMessage:
          'routingKey may contain only lower-case letters, digits, "-" and ".", and must start and end with a letter or digit.',
      },
      port: {
        ...property(spec, 'port'),
        minimum: 1,
        maximum: 65535,
        errorMessage: 'port must be a whole number from 1 to 65535.',
      },
      selector: { ...property(spec, 'selector'), minLength: 1 },
      host: { ...property(spec, 'host'), minLength: 1 },
      type: {
        ...property(spec, 'type'),
        enum: ['tcp'],
        errorMessage: 'type must be tcp, the only type today.',
      },
    },
  };
}

const SPEC_NOTE =
  'The configuration of the connector: its routing key and the server that receives the traffic (selector or host, and port).';

const SERVER_OWNED_NOTE =
  'The state reported by the Skupper controller. It belongs to the server: the console never writes it.';

/** Puts the CRD's description first and adds ours after it, so hover text always explains the field. */
function describe(node: JsonSchema, note: string): JsonSchema {
  const { description, ...rest } = node;
  return { description: description ? `${description}\n\n${note}` : note, ...rest };
}

function serverOwned(status: JsonSchema): JsonSchema {
  return { ...describe(status, SERVER_OWNED_NOTE), readOnly: true };
}

/** The JSON Schema (draft-07) of a skupper.io/v2alpha1 Connector document, with every CRD description kept. */
export function connectorSchemaFromCrd(crd: unknown): JsonSchema {
  const root = openApiToJsonSchema(crdVersionSchema(crd, SKUPPER_VERSION));
  const spec = root.properties?.spec;
  const status = root.properties?.status;
  if (!spec || !status) throw new CrdSchemaError('The Connector CRD declares no spec or no status.');
  return {
    $schema: JSON_SCHEMA_DRAFT_07,
    $comment: GENERATED_NOTE,
    title: `Skupper Connector (${SKUPPER_API_VERSION})`,
    ...(root.description === undefined ? {} : { description: root.description }),
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    additionalProperties: false,
    properties: {
      apiVersion: apiVersionSchema,
      kind: connectorKindSchema,
      metadata: objectMetaSchema,
      spec: strengthenSpec(spec),
      status: serverOwned(status),
    },
  };
}

/** The committed file's exact text, so a test can tell when it is out of date. */
export function renderConnectorSchema(crd: unknown): string {
  return `${JSON.stringify(connectorSchemaFromCrd(crd), null, 2)}\n`;
}
