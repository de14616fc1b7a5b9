import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform.ts';
import {
  validateFlag,
  validateHost,
  validateName,
  validateNamespace,
  validatePort,
  validateRoutingKey,
  validateSelector,
  validateTlsCredentials,
  validateType,
} from './fields.ts';

const NAME_KUBERNETES = `Name may contain only lowercase letters, digits, '-' and '.', must start and end with a letter or digit (also next to each '.'), and be at most 253 characters`;
const NAME_LOCAL = `Name may contain only lowercase letters, digits and '-', must start and end with a letter or digit, and be at most 63 characters (local sites do not allow '.')`;
const ROUTING_KEY = `Routing key may contain only lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.')`;
const HOST = `Host must be an IP address or a hostname made of lowercase letters and digits, with single '-' or '.' between them (e.g. backend or db.example.com)`;
const TLS_SECRET = `TLS credentials must name a Secret: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.'), at most 253 characters`;
const TLS_DIRECTORY = `TLS credentials must name a directory under input/certs/: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.')`;

describe('validateName', () => {
  it.each<[unknown, Platform]>([
    ['backend', 'kubernetes'],
    ['backend-v2', 'podman'],
    ['a', 'docker'],
    ['db.example', 'kubernetes'],
    ['x'.repeat(253), 'kubernetes'],
    ['x'.repeat(63), 'linux'],
  ])('accepts name %j on %s', (name, platform) => {
    expect(validateName(name, platform)).toBeUndefined();
  });

  it.each<[unknown, Platform, string]>([
    [undefined, 'kubernetes', 'Name is required'],
    [null, 'podman', 'Name is required'],
    ['', 'kubernetes', 'Name is required'],
    [42, 'kubernetes', 'Name must be text, not the number 42'],
    ['Backend', 'kubernetes', NAME_KUBERNETES],
    ['-backend', 'kubernetes', NAME_KUBERNETES],
    ['backend-', 'kubernetes', NAME_KUBERNETES],
    ['db..example', 'kubernetes', NAME_KUBERNETES],
    ['db.-example', 'kubernetes', NAME_KUBERNETES],
    ['back_end', 'kubernetes', NAME_KUBERNETES],
    ['x'.repeat(254), 'kubernetes', NAME_KUBERNETES],
    ['db.example', 'podman', NAME_LOCAL],
    ['x'.repeat(64), 'docker', NAME_LOCAL],
    ['Backend', 'linux', NAME_LOCAL],
  ])('refuses name %j on %s, saying: %s', (name, platform, message) => {
    expect(validateName(name, platform)).toBe(message);
  });
});

describe('validateNamespace', () => {
  it.each<[unknown, string | undefined]>([
    [undefined, 'east'],
    ['', 'east'],
    ['east', 'east'],
    ['hello-world-west', undefined],
  ])('accepts namespace %j in site namespace %j', (namespace, siteNamespace) => {
    expect(validateNamespace(namespace, siteNamespace)).toBeUndefined();
  });

  it.each<[unknown, string | undefined, string]>([
    ['west', 'east', 'Namespace must be "east", the namespace of this site (or be left out)'],
    [
      'hello.world',
      undefined,
      `Namespace may contain only lowercase letters, digits and '-', must start and end with a letter or digit, and be at most 63 characters`,
    ],
    [7, 'east', 'Namespace must be text, not the number 7'],
  ])('refuses namespace %j in site namespace %j, saying: %s', (namespace, siteNamespace, message) => {
    expect(validateNamespace(namespace, siteNamespace)).toBe(message);
  });
});

describe('validateRoutingKey', () => {
  it.each<[unknown]>([['backend'], ['backend.v2-east'], ['b'], ['x'.repeat(300)]])(
    'accepts routing key %j',
    (routingKey) => {
      expect(validateRoutingKey(routingKey)).toBeUndefined();
    },
  );

  it.each<[unknown, string]>([
    [undefined, 'Routing key is required'],
    ['', 'Routing key is required'],
    [['backend'], 'Routing key must be text, not a list'],
    ['Backend', ROUTING_KEY],
    ['backend.', ROUTING_KEY],
    ['.backend', ROUTING_KEY],
    ['back end', ROUTING_KEY],
    ['back_end', ROUTING_KEY],
  ])('refuses routing key %j, saying: %s', (routingKey, message) => {
    expect(validateRoutingKey(routingKey)).toBe(message);
  });
});

describe('validatePort', () => {
  it.each<[unknown]>([[8080], [1], [65535]])('accepts port %j', (port) => {
    expect(validatePort(port)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [undefined, 'Port is required: the port number on the target server, from 1 to 65535'],
    [null, 'Port is required: the port number on the target server, from 1 to 65535'],
    ['', 'Port is required: the port number on the target server, from 1 to 65535'],
    ['8080', 'Port must be a number, not text: write 8080 without quotes'],
    [' 8080 ', 'Port must be a number, not text: write 8080 without quotes'],
    ['http', 'Port must be a whole number from 1 to 65535, not "http"'],
    [80.5, 'Port must be a whole number from 1 to 65535, not 80.5'],
    [true, 'Port must be a whole number from 1 to 65535, not the value true'],
    [Number.POSITIVE_INFINITY, 'Port must be a whole number from 1 to 65535, not Infinity'],
    [0, 'Port must be from 1 to 65535, not 0'],
    [-1, 'Port must be from 1 to 65535, not -1'],
    [65536, 'Port must be from 1 to 65535, not 65536'],
  ])('refuses port %j, saying: %s', (port, message) => {
    expect(validatePort(port)).toBe(message);
  });

  it('refuses a port above 65535 and says the allowed range', () => {
    expect(validatePort(70000)).toBe('Port must be from 1 to 65535, not 70000');
  });
});

describe('validateHost', () => {
  it.each<[unknown, Platform]>([
    ['backend', 'kubernetes'],
    ['db.example.com', 'podman'],
    ['my-db-1', 'docker'],
    ['10.0.0.12', 'linux'],
    ['::1', 'podman'],
    ['fd00::12:1', 'kubernetes'],
    [undefined, 'kubernetes'],
  ])('accepts host %j on %s', (host, platform) => {
    expect(validateHost(host, platform)).toBeUndefined();
  });

  it.each<[unknown, Platform, string]>([
    ['', 'kubernetes', 'Host must not be empty: give the hostname or IP address of the server'],
    [undefined, 'podman', 'Host is required on Podman sites: the hostname or IP address of the server'],
    ['', 'docker', 'Host is required on Docker sites: the hostname or IP address of the server'],
    [null, 'linux', 'Host is required on Linux sites: the hostname or IP address of the server'],
    [8080, 'kubernetes', 'Host must be text, not the number 8080'],
    ['Backend', 'kubernetes', HOST],
    ['db--1', 'kubernetes', HOST],
    ['db.', 'kubernetes', HOST],
    ['http://backend', 'kubernetes', HOST],
    ['fe80::1%eth0', 'kubernetes', HOST],
  ])('refuses host %j on %s, saying: %s', (host, platform, message) => {
    expect(validateHost(host, platform)).toBe(message);
  });
});

describe('validateSelector', () => {
  it.each<[unknown]>([['app=backend'], ['app in (a, b), !legacy'], [undefined]])(
    'accepts selector %j',
    (selector) => {
      expect(validateSelector(selector)).toBeUndefined();
    },
  );

  it.each<[unknown, string]>([
    ['', 'Selector must not be empty: give pod labels such as app=backend'],
    ['  ', 'Selector must not be empty: give pod labels such as app=backend'],
    [{ app: 'backend' }, 'Selector must be text, not a mapping'],
    ['app in backend', `Selector is not valid: expected '(' after 'in', found 'backend'`],
  ])('refuses selector %j, saying: %s', (selector, message) => {
    expect(validateSelector(selector)).toBe(message);
  });
});

describe('validateType', () => {
  it.each<[unknown]>([['tcp'], [undefined]])('accepts type %j', (type) => {
    expect(validateType(type)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['udp', 'Type must be tcp, the only type Skupper supports today'],
    ['TCP', 'Type must be tcp, the only type Skupper supports today'],
  ])('refuses type %j, saying: %s', (type, message) => {
    expect(validateType(type)).toBe(message);
  });
});

describe('validateTlsCredentials', () => {
  it.each<[unknown, Platform]>([
    ['backend-tls', 'kubernetes'],
    ['backend.tls', 'podman'],
    ['x'.repeat(300), 'podman'],
    ['', 'kubernetes'],
    [undefined, 'docker'],
  ])('accepts tlsCredentials %j on %s', (tlsCredentials, platform) => {
    expect(validateTlsCredentials(tlsCredentials, platform)).toBeUndefined();
  });

  it.each<[unknown, Platform, string]>([
    [true, 'kubernetes', 'TLS credentials must be text, not the value true'],
    ['Backend_TLS', 'kubernetes', TLS_SECRET],
    ['x'.repeat(254), 'kubernetes', TLS_SECRET],
    ['../certs', 'podman', TLS_DIRECTORY],
  ])('refuses tlsCredentials %j on %s, saying: %s', (tlsCredentials, platform, message) => {
    expect(validateTlsCredentials(tlsCredentials, platform)).toBe(message);
  });
});

describe('validateFlag', () => {
  it.each<[unknown]>([[true], [false], [undefined]])('accepts useClientCert %j', (flag) => {
    expect(validateFlag('useClientCert', flag)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['true', 'useClientCert must be true or false, not text: write true without quotes'],
    ['yes', 'useClientCert must be true or false, not "yes"'],
    [1, 'useClientCert must be true or false, not the number 1'],
  ])('refuses useClientCert %j, saying: %s', (flag, message) => {
    expect(validateFlag('useClientCert', flag)).toBe(message);
  });
});
