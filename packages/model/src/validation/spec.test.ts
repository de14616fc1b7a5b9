import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform.ts';
import { validateConnector } from './connector.ts';

const CHOOSE_ONE =
  'Choose either selector or host, not both: selector picks pods in this namespace, host names one server';

function withSpec(spec: unknown): Record<string, unknown> {
  return { apiVersion: 'skupper.io/v2alpha1', kind: 'Connector', metadata: { name: 'backend' }, spec };
}

function problemsOf(spec: unknown, platform: Platform = 'kubernetes') {
  const { errors, warnings } = validateConnector(withSpec(spec), { platform });
  return { errors, warnings };
}

const base = { routingKey: 'backend', port: 8080 };

describe('validateConnector on spec', () => {
  it.each<[unknown, Platform, string]>([
    [undefined, 'kubernetes', 'spec is required, with routingKey, port and either selector or host'],
    [null, 'podman', 'spec is required, with routingKey, port and host'],
    [[base], 'kubernetes', 'spec must be a mapping of fields, not a list'],
  ])('refuses spec %j on %s', (spec, platform, message) => {
    expect(problemsOf(spec, platform).errors).toEqual([{ path: 'spec', message }]);
  });

  it('asks for routing key and port when both are missing', () => {
    expect(problemsOf({ selector: 'app=backend' }).errors).toEqual([
      { path: 'spec.routingKey', message: 'Routing key is required' },
      {
        path: 'spec.port',
        message: 'Port is required: the port number on the target server, from 1 to 65535',
      },
    ]);
  });

  it.each<[Record<string, unknown>]>([
    [{ selector: 'app=backend' }],
    [{ host: 'backend' }],
    [{ host: '10.0.0.5' }],
  ])('accepts a Kubernetes connector with exactly one target: %j', (target) => {
    expect(problemsOf({ ...base, ...target })).toEqual({ errors: [], warnings: [] });
  });

  it('refuses both selector and host on Kubernetes, on both fields, explaining the choice', () => {
    expect(problemsOf({ ...base, selector: 'app=backend', host: 'backend' }).errors).toEqual([
      { path: 'spec.selector', message: CHOOSE_ONE },
      { path: 'spec.host', message: CHOOSE_ONE },
    ]);
  });

  it('asks for a selector or a host on Kubernetes when neither is set', () => {
    expect(problemsOf({ ...base, host: null }).errors).toEqual([
      {
        path: 'spec',
        message: 'A connector on Kubernetes needs either a selector (which pods) or a host (which server)',
      },
    ]);
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ selector: '' }, 'spec.selector', 'Selector must not be empty: give pod labels such as app=backend'],
    [
      { selector: 'app in backend' },
      'spec.selector',
      `Selector is not valid: expected '(' after 'in', found 'backend'`,
    ],
    [{ host: '' }, 'spec.host', 'Host must not be empty: give the hostname or IP address of the server'],
    [
      { host: 'Backend' },
      'spec.host',
      `Host must be an IP address or a hostname made of lowercase letters and digits, with single '-' or '.' between them (e.g. backend or db.example.com)`,
    ],
  ])('refuses a malformed Kubernetes target %j', (target, path, message) => {
    expect(problemsOf({ ...base, ...target }).errors).toEqual([{ path, message }]);
  });

  it.each<[Platform, string]>([
    ['podman', 'Podman'],
    ['docker', 'Docker'],
    ['linux', 'Linux'],
  ])('on %s sites requires a host and refuses a selector', (platform, label) => {
    expect(problemsOf({ ...base, host: 'localhost' }, platform).errors).toEqual([]);
    expect(problemsOf({ ...base, selector: 'app in backend' }, platform).errors).toEqual([
      { path: 'spec.selector', message: `selector has no meaning on ${label} sites; use host` },
      {
        path: 'spec.host',
        message: `Host is required on ${label} sites: the hostname or IP address of the server`,
      },
    ]);
  });

  it.each<[Platform, string, string | undefined]>([
    ['kubernetes', 'backend-tls', undefined],
    [
      'kubernetes',
      'Backend_TLS',
      `TLS credentials must name a Secret: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.'), at most 253 characters`,
    ],
    ['podman', 'backend-tls', undefined],
    [
      'podman',
      'certs/backend',
      `TLS credentials must name a directory under input/certs/: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.')`,
    ],
  ])('on %s judges tlsCredentials %j', (platform, tlsCredentials, message) => {
    const errors = problemsOf({ ...base, host: 'backend', tlsCredentials }, platform).errors;
    expect(errors).toEqual(message === undefined ? [] : [{ path: 'spec.tlsCredentials', message }]);
  });

  it('accepts type tcp and every boolean option', () => {
    const spec = {
      ...base,
      selector: 'app=backend',
      type: 'tcp',
      useClientCert: true,
      verifyHostname: false,
      includeNotReadyPods: true,
      exposePodsByName: false,
      settings: { 'ssl-profile': 'x', timeout: '30' },
    };
    expect(problemsOf(spec)).toEqual({ errors: [], warnings: [] });
  });

  it.each(['useClientCert', 'verifyHostname', 'includeNotReadyPods', 'exposePodsByName'])(
    'refuses a %s that is not true or false, on its own path',
    (flag) => {
      expect(problemsOf({ ...base, selector: 'app=backend', [flag]: 'false' }).errors).toEqual([
        {
          path: `spec.${flag}`,
          message: `${flag} must be true or false, not text: write false without quotes`,
        },
      ]);
    },
  );

  it('refuses settings that are not a mapping', () => {
    expect(problemsOf({ ...base, selector: 'app=backend', settings: 'a=b' }).errors).toEqual([
      { path: 'spec.settings', message: 'settings must be a mapping of names to text values, not "a=b"' },
    ]);
  });

  it('names each setting whose value is not text', () => {
    const settings = { ok: 'yes', retries: 3, enabled: true };
    expect(problemsOf({ ...base, selector: 'app=backend', settings }).errors).toEqual([
      {
        path: 'spec.settings.retries',
        message: 'Setting retries must be text, not the number 3 (put it in quotes)',
      },
      {
        path: 'spec.settings.enabled',
        message: 'Setting enabled must be text, not the value true (put it in quotes)',
      },
    ]);
  });

  it('warns about unknown spec fields, naming a close field or the current name of an older one', () => {
    const spec = {
      ...base,
      selector: 'app=backend',
      prot: 1,
      includeNotReady: true,
      options: {},
      replicas: 2,
    };
    expect(problemsOf(spec)).toEqual({
      errors: [],
      warnings: [
        { path: 'spec.prot', message: 'Unknown field prot; did you mean port?' },
        {
          path: 'spec.includeNotReady',
          message: 'Unknown field includeNotReady; skupper.io/v2alpha1 calls it includeNotReadyPods',
        },
        { path: 'spec.options', message: 'Unknown field options; skupper.io/v2alpha1 calls it settings' },
        { path: 'spec.replicas', message: 'Unknown field replicas; Skupper does not use it' },
      ],
    });
  });
});
