import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONNECTOR_SAMPLES_V2ALPHA1, CRD_FILES, readReference } from '@connector-console/testkit';
import { connectorSchemaFromCrd, renderConnectorSchema } from './connector-schema.ts';
import { connectorSchema } from './field-descriptions.ts';
import { EDITOR_MESSAGE_KEYWORDS } from './json-schema.ts';

const crd: unknown = parse(readReference(CRD_FILES.Connector));

function compileConnectorSchema() {
  const ajv = new Ajv({ allErrors: true, formats: { 'date-time': true } });
  ajv.addVocabulary([...EDITOR_MESSAGE_KEYWORDS]);
  return ajv.compile(connectorSchema);
}

const validate = compileConnectorSchema();

function connector(spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'backend' }) {
  return { apiVersion: 'skupper.io/v2alpha1', kind: 'Connector', metadata, spec };
}

describe('connector.schema.json', () => {
  it('is up to date with the Connector CRD', () => {
    const committed = readFileSync(new URL('./connector.schema.json', import.meta.url), 'utf8');
    expect(committed, 'connector.schema.json no longer matches the Connector CRD: run `npm run schema`').toBe(
      renderConnectorSchema(crd),
    );
  });

  it.each(CONNECTOR_SAMPLES_V2ALPHA1)('accepts the upstream sample %s', (sample) => {
    const document: unknown = parse(readReference(sample));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a connector that targets a host instead of a selector', () => {
    expect(validate(connector({ routingKey: 'db', port: 5432, host: 'db.local', type: 'tcp' }))).toBe(true);
  });

  it('rejects a connector without a routing key', () => {
    expect(validate(connector({ port: 8080, selector: 'app=backend' }))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/spec', params: { missingProperty: 'routingKey' } }),
    );
  });

  it('rejects a connector without a port', () => {
    expect(validate(connector({ routingKey: 'backend', selector: 'app=backend' }))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/spec', params: { missingProperty: 'port' } }),
    );
  });

  it('rejects a port written as a string', () => {
    expect(validate(connector({ routingKey: 'backend', port: '8080', selector: 'app=backend' }))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/spec/port', keyword: 'type' }),
    );
  });

  it.each([0, 65536, 80.5])('rejects port %s, outside whole numbers 1 to 65535', (port) => {
    expect(validate(connector({ routingKey: 'backend', port, selector: 'app=backend' }))).toBe(false);
  });

  it('rejects a connector with both a selector and a host, or with neither', () => {
    expect(validate(connector({ routingKey: 'b', port: 1, selector: 'app=b', host: 'b' }))).toBe(false);
    expect(validate(connector({ routingKey: 'b', port: 1 }))).toBe(false);
  });

  it('rejects a type other than tcp, a misspelt spec field and an upper-case routing key', () => {
    expect(validate(connector({ routingKey: 'b', port: 1, host: 'b', type: 'udp' }))).toBe(false);
    expect(validate(connector({ routingKey: 'b', port: 1, host: 'b', rotingKey: 'b' }))).toBe(false);
    expect(validate(connector({ routingKey: 'Backend', port: 1, host: 'b' }))).toBe(false);
  });

  it('requires a valid name and string label values', () => {
    expect(validate(connector({ routingKey: 'b', port: 1, host: 'b' }, {}))).toBe(false);
    expect(validate(connector({ routingKey: 'b', port: 1, host: 'b' }, { name: 'Back_end' }))).toBe(false);
    expect(
      validate(connector({ routingKey: 'b', port: 1, host: 'b' }, { name: 'b', labels: { tier: 2 } })),
    ).toBe(false);
  });

  it('accepts a status written by the controller and marks it as owned by the server', () => {
    const withStatus = {
      ...connector({ routingKey: 'b', port: 1, host: 'b' }),
      status: { status: 'Pending', message: 'No matching listeners', hasMatchingListener: false },
    };
    expect(validate(withStatus)).toBe(true);
    expect(connectorSchema.properties?.status?.readOnly).toBe(true);
    expect(connectorSchema.properties?.status?.description).toMatch(/never writes it/);
  });

  it("keeps the CRD's descriptions for hover text", () => {
    const routingKey = connectorSchemaFromCrd(crd).properties?.spec?.properties?.routingKey;
    expect(routingKey?.description).toBe(
      'The identifier used to route traffic from listeners to connectors.\n' +
        'To expose a local workload to a remote site, the remote listener and\n' +
        'the local connector must have matching routing keys.',
    );
  });

  it('gives plain-word messages instead of raw patterns for names and routing keys', () => {
    const spec = connectorSchema.properties?.spec?.properties;
    expect(spec?.routingKey?.patternErrorMessage).toMatch(/^routingKey may contain only lower-case letters/);
    expect(connectorSchema.properties?.metadata?.properties?.name?.patternErrorMessage).not.toMatch(/\[a-z/);
  });
});
