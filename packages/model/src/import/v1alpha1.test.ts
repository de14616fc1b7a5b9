import { CONNECTOR_SAMPLES_V1ALPHA1, readReference } from '@connector-console/testkit';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument, serialize, toValue } from '../yaml/index.ts';
import { importV1alpha1, importV1alpha1Object } from './index.ts';

function parse(text: string) {
  const { doc, problems } = parseYamlDocument(text);
  if (!doc) throw new Error(`test text does not parse: ${JSON.stringify(problems)}`);
  return doc;
}

const APIVERSION_NOTICE = {
  path: 'apiVersion',
  message:
    'apiVersion was raised from skupper.io/v1alpha1 to skupper.io/v2alpha1: current Skupper serves only the newer version.',
};

const OLD_MANIFEST = `# Written for the v1alpha1 draft
apiVersion: skupper.io/v1alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  port: 8080
  selector: app=backend
  # mutual TLS material
  tlsSecret: backend-tls # a Secret in this namespace
  includeNotReady: true
  options:
    timeout: "30"
status:
  active: true
  message: OK
`;

const CONVERTED_MANIFEST = `# Written for the v1alpha1 draft
apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
spec:
  routingKey: backend
  port: 8080
  selector: app=backend
  # mutual TLS material
  tlsCredentials: backend-tls # a Secret in this namespace
  includeNotReadyPods: true
  settings:
    timeout: "30"
status:
  message: OK
`;

const OLD_MANIFEST_NOTICES = [
  APIVERSION_NOTICE,
  {
    path: 'spec.tlsSecret',
    message:
      'spec.tlsSecret was renamed to spec.tlsCredentials, its skupper.io/v2alpha1 name; the value is kept.',
  },
  {
    path: 'spec.includeNotReady',
    message:
      'spec.includeNotReady was renamed to spec.includeNotReadyPods, its skupper.io/v2alpha1 name; the value is kept.',
  },
  {
    path: 'spec.options',
    message: 'spec.options was renamed to spec.settings, its skupper.io/v2alpha1 name; the value is kept.',
  },
  {
    path: 'status.active',
    message:
      'status.active (true) was dropped: it has no successor in skupper.io/v2alpha1. The nearest is "status: Ready", ' +
      'which the controller sets once the connector is configured and matched.',
  },
];

describe('importV1alpha1', () => {
  it.each(CONNECTOR_SAMPLES_V1ALPHA1)('turns the Skupper sample %s into a v2alpha1 connector', (sample) => {
    const text = readReference(sample);
    const doc = parse(text);
    expect(importV1alpha1(doc)).toEqual([APIVERSION_NOTICE]);
    expect(serialize(doc)).toBe(text.replace('skupper.io/v1alpha1', 'skupper.io/v2alpha1'));
    expect(toValue(doc)).toMatchObject({ apiVersion: 'skupper.io/v2alpha1', kind: 'Connector' });
  });

  it('renames tlsSecret, includeNotReady and options in place, drops status.active, and says so for each', () => {
    const doc = parse(OLD_MANIFEST);
    expect(importV1alpha1(doc)).toEqual(OLD_MANIFEST_NOTICES);
    expect(serialize(doc)).toBe(CONVERTED_MANIFEST);
  });

  it('keeps the new name and drops the old one when both are written, saying what was dropped', () => {
    const doc = parse(
      'apiVersion: skupper.io/v1alpha1\nkind: Connector\nspec:\n  tlsSecret: old-tls\n  tlsCredentials: new-tls\n',
    );
    expect(importV1alpha1(doc)).toEqual([
      APIVERSION_NOTICE,
      {
        path: 'spec.tlsSecret',
        message:
          'spec.tlsSecret ("old-tls") was dropped: spec.tlsCredentials, its skupper.io/v2alpha1 name, is also set and was kept.',
      },
    ]);
    expect(toValue(doc)).toEqual({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      spec: { tlsCredentials: 'new-tls' },
    });
  });

  it('leaves v2alpha1 connectors and other v1alpha1 kinds untouched', () => {
    for (const text of [
      CONVERTED_MANIFEST,
      'apiVersion: skupper.io/v1alpha1\nkind: Listener\nspec:\n  tlsSecret: x\n',
    ]) {
      const doc = parse(text);
      expect(importV1alpha1(doc)).toEqual([]);
      expect(serialize(doc)).toBe(text);
    }
  });
});

describe('importV1alpha1Object', () => {
  it('converts a plain object exactly as the document import does, keeping key order', () => {
    const original = toValue(parse(OLD_MANIFEST));
    const before = JSON.stringify(original);
    const { value, notices } = importV1alpha1Object(original);
    expect(notices).toEqual(OLD_MANIFEST_NOTICES);
    expect(JSON.stringify(value)).toBe(JSON.stringify(toValue(parse(CONVERTED_MANIFEST))));
    expect(JSON.stringify(original)).toBe(before);
  });

  it('returns anything that is not a v1alpha1 connector unchanged, with no notices', () => {
    expect(importV1alpha1Object('text')).toEqual({ value: 'text', notices: [] });
    expect(importV1alpha1Object({ apiVersion: 'v1', kind: 'Pod' })).toEqual({
      value: { apiVersion: 'v1', kind: 'Pod' },
      notices: [],
    });
  });
});
