import { describe, expect, it } from 'vitest';
import { formFieldOf, formProblems, type FormField } from './formProblems.ts';

const everything = () => true;
const only =
  (...fields: FormField[]) =>
  (field: FormField) =>
    fields.includes(field);

function connectorValue(spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: 'web' }) {
  return { apiVersion: 'skupper.io/v2alpha1', kind: 'Connector', metadata, spec };
}

describe('formProblems', () => {
  it('shows a field’s problem once the person has touched it, and the rest only after a review is asked for', () => {
    const value = connectorValue({ routingKey: 'Web!', port: 70000, selector: 'app=web' });
    const touched = formProblems({ value, platform: 'kubernetes', server: [], shows: only('spec.port') });
    expect(Object.keys(touched.fields)).toEqual(['spec.port']);
    const all = formProblems({ value, platform: 'kubernetes', server: [], shows: everything });
    expect(Object.keys(all.fields).sort()).toEqual(['spec.port', 'spec.routingKey']);
  });

  it('puts the selector-or-host rule at the target, for a Kubernetes connector with neither', () => {
    const value = connectorValue({ routingKey: 'web', port: 8080 });
    const { fields } = formProblems({ value, platform: 'kubernetes', server: [], shows: everything });
    expect(fields.spec).toMatch(/selector/);
  });

  it('asks for a host on a Podman site', () => {
    const value = connectorValue({ routingKey: 'web', port: 8080 });
    const { fields } = formProblems({ value, platform: 'podman', server: [], shows: everything });
    expect(fields['spec.host']).toMatch(/Host is required/);
  });

  it('shows the server’s problems at their fields, even before they were touched', () => {
    const value = connectorValue({ routingKey: 'web', port: 8080, tlsCredentials: 'missing' });
    const server = [{ path: 'spec.tlsCredentials', message: 'Secret missing was not found' }];
    const { fields } = formProblems({ value, platform: 'kubernetes', server, shows: () => false });
    expect(fields['spec.tlsCredentials']).toBe('Secret missing was not found');
  });

  it('lists problems at fields the form has no control for above the form', () => {
    const value = { ...connectorValue({ routingKey: 'web', port: 8080, selector: 'a=b' }), kind: 'Listener' };
    const { elsewhere } = formProblems({ value, platform: 'kubernetes', server: [], shows: () => false });
    expect(elsewhere.map((problem) => problem.path)).toEqual(['kind']);
  });
});

describe('formFieldOf', () => {
  it('shows a label’s problem at the labels, and never stretches the spec rule to its fields', () => {
    expect(formFieldOf('metadata.labels.app.kubernetes.io/name')).toBe('metadata.labels');
    expect(formFieldOf('spec.port')).toBe('spec.port');
    expect(formFieldOf('spec.unknown')).toBeUndefined();
  });
});
