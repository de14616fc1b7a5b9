import { describe, expect, it } from 'vitest';
import { cliYaml } from './cliYaml.ts';
import { compareGoYamlKeys, goYamlStringStyle } from './goYamlStyle.ts';

describe('files written like the skupper CLI writes them', () => {
  it('sorts keys, drops empty values and never writes creationTimestamp or an empty status', () => {
    const text = cliYaml({
      kind: 'Connector',
      apiVersion: 'skupper.io/v2alpha1',
      metadata: { namespace: 'default', name: 'backend', creationTimestamp: null },
      spec: {
        type: 'tcp',
        routingKey: 'backend',
        port: 8080,
        host: '10.0.0.5',
        tlsCredentials: '',
        useClientCert: false,
      },
      status: {},
    });
    expect(text).toBe(
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: backend\n  namespace: default\n' +
        'spec:\n  host: 10.0.0.5\n  port: 8080\n  routingKey: backend\n  type: tcp\n',
    );
  });

  it('quotes label values that would otherwise read as numbers or booleans', () => {
    const text = cliYaml({
      metadata: { labels: { version: '2', enabled: 'true', tier: 'yes', app: 'backend' } },
    });
    expect(text).toBe(
      'metadata:\n  labels:\n    app: backend\n    enabled: "true"\n    tier: "yes"\n    version: "2"\n',
    );
  });

  it('writes list items level with their key, as Go yaml does', () => {
    expect(cliYaml({ spec: { hosts: ['a', 'b'] } })).toBe('spec:\n  hosts:\n  - a\n  - b\n');
  });
});

describe("yaml.v2's key order and string styles", () => {
  it('orders keys naturally, numbers by value and other characters before letters', () => {
    const keys = ['port10', 'port9', 'b', 'B', 'a-b', 'ab', 'a.b', 'a'];
    expect([...keys].sort(compareGoYamlKeys)).toEqual(['B', 'a', 'a-b', 'a.b', 'ab', 'b', 'port9', 'port10']);
  });

  it.each([
    ['backend', 'PLAIN'],
    ['app=backend', 'PLAIN'],
    ['8080', 'QUOTE_DOUBLE'],
    ['1.5', 'QUOTE_DOUBLE'],
    ['0x1F', 'QUOTE_DOUBLE'],
    ['off', 'QUOTE_DOUBLE'],
    ['~', 'QUOTE_DOUBLE'],
    ['2024-01-02', 'QUOTE_DOUBLE'],
    ['1:30', 'QUOTE_DOUBLE'],
    ['a: b', 'QUOTE_SINGLE'],
    ['*star', 'QUOTE_SINGLE'],
    [' padded', 'QUOTE_SINGLE'],
    ['- item', 'QUOTE_SINGLE'],
    ['two\nlines', 'BLOCK_LITERAL'],
  ])('writes %j in the %s style', (text, style) => {
    expect(goYamlStringStyle(text)).toBe(style);
  });
});
