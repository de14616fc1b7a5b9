import { CONNECTOR_SAMPLES_V2ALPHA1, readReference } from '@connector-console/testkit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateConnector } from './connector.ts';

const kubernetes = { platform: 'kubernetes' } as const;

function connector(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name: 'backend' },
    spec: { routingKey: 'backend', port: 8080, selector: 'app=backend' },
    ...overrides,
  };
}

describe('validateConnector on whole documents', () => {
  it.each(CONNECTOR_SAMPLES_V2ALPHA1)(
    'accepts Skupper sample %s on Kubernetes with no warnings',
    (sample) => {
      expect(validateConnector(parse(readReference(sample)), kubernetes)).toEqual({
        valid: true,
        errors: [],
        warnings: [],
      });
    },
  );

  it.each<[unknown, string]>([
    [null, 'empty'],
    [undefined, 'empty'],
    [['backend'], 'a list'],
    ['backend', '"backend"'],
    [8080, 'the number 8080'],
  ])('refuses a document that is not a mapping (%j)', (value, described) => {
    expect(validateConnector(value, kubernetes)).toEqual({
      valid: false,
      errors: [
        {
          path: '',
          message: `The document must be a mapping with apiVersion, kind, metadata and spec, not ${described}`,
        },
      ],
      warnings: [],
    });
  });

  it.each<[unknown, string]>([
    [undefined, 'apiVersion is required: use skupper.io/v2alpha1'],
    [
      'skupper.io/v1alpha1',
      'apiVersion skupper.io/v1alpha1 is the older Connector API, which Skupper no longer serves: import the document to convert it to skupper.io/v2alpha1',
    ],
    ['apps/v1', 'apiVersion must be skupper.io/v2alpha1, not "apps/v1"'],
    [2, 'apiVersion must be skupper.io/v2alpha1, not the number 2'],
  ])('refuses apiVersion %j and says which one to use', (apiVersion, message) => {
    expect(validateConnector(connector({ apiVersion }), kubernetes).errors).toEqual([
      { path: 'apiVersion', message },
    ]);
  });

  it.each<[unknown, string]>([
    [undefined, 'kind is required: use Connector'],
    ['', 'kind is required: use Connector'],
    ['Listener', 'kind must be Connector, not "Listener"'],
    ['connector', 'kind must be Connector, not "connector"'],
  ])('refuses kind %j', (kind, message) => {
    expect(validateConnector(connector({ kind }), kubernetes).errors).toEqual([{ path: 'kind', message }]);
  });

  it('knows status and warns about unknown top-level fields, suggesting the nearest', () => {
    const value = connector({ status: { status: 'Ready' }, sepc: {}, extra: 1 });
    expect(validateConnector(value, kubernetes)).toEqual({
      valid: true,
      errors: [],
      warnings: [
        { path: 'sepc', message: 'Unknown field sepc; did you mean spec?' },
        { path: 'extra', message: 'Unknown field extra; Skupper does not use it' },
      ],
    });
  });

  it('reports every problem of a document at once, errors and warnings apart', () => {
    const value = {
      apiVersion: 'skupper.io/v1alpha1',
      kind: 'Connecter',
      metadata: { name: 'Backend', namespace: 'west', labels: { app: 5 }, nmae: 'x' },
      spec: {
        rotingKey: 'backend',
        port: '8080',
        selector: 'app=backend',
        host: 'backend',
        type: 'udp',
        useClientCert: 'yes',
        settings: { timeout: 30 },
        tlsSecret: 'tls',
      },
    };
    expect(validateConnector(value, { platform: 'kubernetes', namespace: 'east' })).toEqual({
      valid: false,
      errors: [
        {
          path: 'apiVersion',
          message:
            'apiVersion skupper.io/v1alpha1 is the older Connector API, which Skupper no longer serves: import the document to convert it to skupper.io/v2alpha1',
        },
        { path: 'kind', message: 'kind must be Connector, not "Connecter"' },
        {
          path: 'metadata.name',
          message: `Name may contain only lowercase letters, digits, '-' and '.', must start and end with a letter or digit (also next to each '.'), and be at most 253 characters`,
        },
        {
          path: 'metadata.namespace',
          message: 'Namespace must be "east", the namespace of this site (or be left out)',
        },
        {
          path: 'metadata.labels.app',
          message: 'Label value must be text, not the number 5 (put it in quotes)',
        },
        { path: 'spec.routingKey', message: 'Routing key is required' },
        { path: 'spec.port', message: 'Port must be a number, not text: write 8080 without quotes' },
        {
          path: 'spec.selector',
          message:
            'Choose either selector or host, not both: selector picks pods in this namespace, host names one server',
        },
        {
          path: 'spec.host',
          message:
            'Choose either selector or host, not both: selector picks pods in this namespace, host names one server',
        },
        { path: 'spec.type', message: 'Type must be tcp, the only type Skupper supports today' },
        { path: 'spec.useClientCert', message: 'useClientCert must be true or false, not "yes"' },
        {
          path: 'spec.settings.timeout',
          message: 'Setting timeout must be text, not the number 30 (put it in quotes)',
        },
      ],
      warnings: [
        { path: 'metadata.nmae', message: 'Unknown field nmae; did you mean name?' },
        { path: 'spec.rotingKey', message: 'Unknown field rotingKey; did you mean routingKey?' },
        {
          path: 'spec.tlsSecret',
          message: 'Unknown field tlsSecret; skupper.io/v2alpha1 calls it tlsCredentials',
        },
      ],
    });
  });
});
