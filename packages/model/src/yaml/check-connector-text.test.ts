import {
  CONNECTOR_SAMPLES_V1ALPHA1,
  CONNECTOR_SAMPLES_V2ALPHA1,
  readReference,
} from '@connector-console/testkit';
import { describe, expect, it } from 'vitest';
import { checkConnectorText, getField } from './index.ts';

const kubernetes = { platform: 'kubernetes' } as const;

const WITH_MISTAKES = `apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  # the port on the pods
  port: 70000
  selector: app=backend
`;

const OLD_WITH_STATUS = `apiVersion: skupper.io/v1alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  port: 8080
  host: backend.example.com
  tlsSecret: backend-tls
status:
  active: true
`;

describe('checkConnectorText', () => {
  it.each(CONNECTOR_SAMPLES_V2ALPHA1)('finds nothing wrong with the Skupper sample %s', (sample) => {
    const check = checkConnectorText(readReference(sample), kubernetes);
    expect(check.problems).toEqual({ valid: true, errors: [], warnings: [] });
    expect(check.notices).toEqual([]);
    expect(check.importedText).toBeUndefined();
    expect(check.value).toMatchObject({ spec: { routingKey: 'backend', port: 8080 } });
  });

  it('puts a field error on the line and column of the field', () => {
    const check = checkConnectorText(WITH_MISTAKES, kubernetes);
    expect(check.problems.valid).toBe(false);
    expect(check.problems.errors).toEqual([
      { path: 'spec.port', message: expect.stringContaining('65535'), line: 8, column: 3 },
    ]);
    expect(check.doc).toBeDefined();
  });

  it('applies the rules of the site platform', () => {
    const check = checkConnectorText(WITH_MISTAKES.replace('port: 70000', 'port: 8080'), {
      platform: 'podman',
    });
    expect(check.problems.errors.map((problem) => problem.path)).toContain('spec.selector');
  });

  it('refuses text that is not YAML with the syntax error located, and no document or value', () => {
    const check = checkConnectorText(
      'kind: Connector\nspec:\n  port: 8080\n  host: db: primary\n',
      kubernetes,
    );
    expect(check.doc).toBeUndefined();
    expect(check.value).toBeUndefined();
    expect(check.problems.valid).toBe(false);
    expect(check.problems.errors).toMatchObject([{ path: '', line: 4, column: 9 }]);
  });

  it('refuses an empty text with a message that says so', () => {
    const check = checkConnectorText('', kubernetes);
    expect(check.problems.errors).toMatchObject([
      { message: expect.stringMatching(/^The document is empty/) },
    ]);
  });

  it('applies the caller’s size limit', () => {
    const check = checkConnectorText(WITH_MISTAKES, { ...kubernetes, limits: { maxBytes: 100 } });
    expect(check.problems.errors).toMatchObject([
      { message: expect.stringContaining('more than the 100 bytes') },
    ]);
  });

  it.each(CONNECTOR_SAMPLES_V1ALPHA1)(
    'imports the v1alpha1 sample %s and finds the result valid',
    (sample) => {
      const check = checkConnectorText(readReference(sample), kubernetes);
      expect(check.notices).toEqual([
        { path: 'apiVersion', message: expect.any(String), line: 1, column: 1 },
      ]);
      expect(check.problems).toEqual({ valid: true, errors: [], warnings: [] });
      expect(check.importedText).toMatch(/^apiVersion: skupper.io\/v2alpha1\n/);
      expect(check.doc && getField(check.doc, ['apiVersion'])).toBe('skupper.io/v2alpha1');
    },
  );

  it('places each import notice at the field in the text as the person wrote it, dropped fields too', () => {
    const check = checkConnectorText(OLD_WITH_STATUS, kubernetes);
    expect(check.notices.map(({ path, line, column }) => ({ path, line, column }))).toEqual([
      { path: 'apiVersion', line: 1, column: 1 },
      { path: 'spec.tlsSecret', line: 9, column: 3 },
      { path: 'status.active', line: 11, column: 3 },
    ]);
    expect(check.value).toMatchObject({ spec: { tlsCredentials: 'backend-tls' }, status: {} });
    expect(check.importedText).toContain('  tlsCredentials: backend-tls\n');
  });

  it('places validation problems of an imported text on the lines of the original text', () => {
    const check = checkConnectorText(OLD_WITH_STATUS.replace('port: 8080', 'port: 0'), kubernetes);
    expect(check.problems.errors).toMatchObject([{ path: 'spec.port', line: 7, column: 3 }]);
  });
});
