import { getField, parseYamlDocument } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { importConnectorText } from './importConnector.ts';

const V1ALPHA1 = `apiVersion: skupper.io/v1alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  port: 8080
  selector: app=backend # the pods
  tlsSecret: backend-tls
  includeNotReady: true
`;

function fields(text: string) {
  const { doc } = parseYamlDocument(text);
  if (!doc) throw new Error('not a document');
  return (...path: string[]) => getField(doc, path);
}

describe('importConnectorText', () => {
  it('converts a v1alpha1 manifest and says what changed', () => {
    const outcome = importConnectorText(V1ALPHA1, { platform: 'kubernetes' });
    if (!outcome.ok) throw new Error('refused');
    const get = fields(outcome.text);
    expect(get('apiVersion')).toBe('skupper.io/v2alpha1');
    expect(get('spec', 'tlsCredentials')).toBe('backend-tls');
    expect(get('spec', 'includeNotReadyPods')).toBe(true);
    expect(get('spec', 'tlsSecret')).toBeUndefined();
    expect(outcome.text).toContain('# the pods');
    expect(outcome.notices.map((notice) => notice.path)).toEqual([
      'apiVersion',
      'spec.tlsSecret',
      'spec.includeNotReady',
    ]);
  });

  it('takes a current manifest as it is, with no notices', () => {
    const current = V1ALPHA1.replace('v1alpha1', 'v2alpha1').replace('tlsSecret', 'tlsCredentials');
    expect(importConnectorText(current, { platform: 'kubernetes' })).toEqual({
      ok: true,
      text: current,
      notices: [],
    });
  });

  it('refuses text that is not YAML, saying where, and changes nothing', () => {
    const outcome = importConnectorText('kind: Connector\nspec: [1\n', { platform: 'kubernetes' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.line).toBeGreaterThan(0);
  });

  it('refuses an empty drop', () => {
    expect(importConnectorText('  \n', { platform: 'kubernetes' }).ok).toBe(false);
  });

  it('keeps the version being edited, so that the save still checks for changes made since', () => {
    const outcome = importConnectorText(V1ALPHA1, {
      platform: 'kubernetes',
      editing: { name: 'backend', resourceVersion: '12' },
    });
    expect(outcome.ok && fields(outcome.text)('metadata', 'resourceVersion')).toBe('12');
  });

  it('refuses a manifest for another connector while editing, since connectors cannot be renamed', () => {
    const outcome = importConnectorText(V1ALPHA1, { platform: 'kubernetes', editing: { name: 'frontend' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.message).toMatch(/cannot be renamed/);
  });
});
