import { describe, expect, it } from 'vitest';
import { CONNECTOR_MODEL_GLOB, connectorModelPath } from './modelPath.ts';
import { checkYaml } from './yamlMarkers.ts';

const KUBERNETES = { platform: 'kubernetes' as const };

describe('checkYaml', () => {
  it('marks the console’s own rules at the line of the field', () => {
    const text =
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: web\nspec:\n  routingKey: web\n  port: 70000\n  selector: app=web\n';
    const { markers } = checkYaml(text, KUBERNETES, []);
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ line: 7, severity: 'error' });
    expect(markers[0]?.message).toMatch(/^spec\.port: /);
  });

  it('marks a syntax error where it is', () => {
    const { markers } = checkYaml('kind: Connector\nspec: [1\n', KUBERNETES, []);
    expect(markers[0]?.severity).toBe('error');
    expect(markers[0]?.line).toBeGreaterThan(1);
  });

  it('adds the server’s problems at the lines it gave', () => {
    const server = [{ path: 'spec.tlsCredentials', message: 'Secret not found', line: 3, column: 5 }];
    const { markers } = checkYaml('kind: Connector\n', KUBERNETES, server);
    expect(markers).toContainEqual({
      line: 3,
      column: 5,
      message: 'spec.tlsCredentials: Secret not found',
      severity: 'error',
    });
  });

  it('offers to convert a v1alpha1 manifest typed into the YAML view', () => {
    const text =
      'apiVersion: skupper.io/v1alpha1\nkind: Connector\nmetadata:\n  name: web\nspec:\n  routingKey: web\n  port: 80\n  host: web\n  tlsSecret: web-tls\n';
    const check = checkYaml(text, KUBERNETES, []);
    expect(check.conversion.map((notice) => notice.path)).toEqual(['apiVersion', 'spec.tlsSecret']);
    expect(check.convertedText).toContain('tlsCredentials: web-tls');
    expect(check.markers.filter((marker) => marker.severity === 'info')).toHaveLength(2);
  });
});

describe('connectorModelPath', () => {
  it('ends the way the schema’s file match expects, so completion and hover apply', () => {
    const suffix = CONNECTOR_MODEL_GLOB.replace('**/*', '');
    expect(connectorModelPath('east', 'web').endsWith(suffix)).toBe(true);
    expect(connectorModelPath(undefined, '')).toBe('connector-editor/no-site/new.connector.yaml');
    expect(connectorModelPath('a/b', 'web')).toBe('connector-editor/a%2Fb/web.connector.yaml');
  });
});
