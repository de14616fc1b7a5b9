import { describe, expect, it } from 'vitest';
import { fromFile, parseEnv, parseFlags, resolveOptions } from './options.ts';
import { parseConsoleFile } from './consoleFile.ts';
import { defaultDataHome } from './dataHome.ts';

describe('console options', () => {
  it('lets a flag win over the environment, and the environment over console.yaml', () => {
    const env = { CONSOLE_PORT: '9000', CONSOLE_HOST: '127.0.0.2' };
    const options = resolveOptions(
      env,
      parseFlags(['--port', '9100']),
      parseEnv(env),
      fromFile(parseConsoleFile('port: 9200\nhost: 0.0.0.0\nnamespace: team-a\n', 'console.yaml')),
    );
    expect(options.port).toBe(9100);
    expect(options.host).toBe('127.0.0.2');
    expect(options.namespace).toBe('team-a');
  });

  it('listens on loopback port 8080 when nothing is said', () => {
    const options = resolveOptions({}, parseFlags([]));
    expect(options).toMatchObject({ port: 8080, host: '127.0.0.1', contexts: [], sites: [], demo: false });
  });

  it('collects repeated --context and --site flags', () => {
    const options = parseFlags(['--context', 'a', '--context', 'b', '--site', 'edge=system:default']);
    expect(options.contexts).toEqual(['a', 'b']);
    expect(options.sites).toEqual([{ kind: 'system', name: 'edge', namespace: 'default' }]);
  });

  it('refuses a port that is not a port number and says which setting is wrong', () => {
    expect(() => parseFlags(['--port', 'http'])).toThrow(
      '--port must be a port number from 0 to 65535, not "http".',
    );
    expect(() => parseEnv({ CONSOLE_PORT: '70000' })).toThrow('CONSOLE_PORT must be a port number');
  });

  it('turns on per-user mode from a flag, the environment or console.yaml, with oauth2-proxy’s header by default', () => {
    expect(resolveOptions({}, parseFlags(['--per-user']))).toMatchObject({
      perUser: true,
      userTokenHeader: 'X-Forwarded-Access-Token',
    });
    expect(resolveOptions({}, parseEnv({ CONSOLE_PER_USER: 'true' })).perUser).toBe(true);
    const file = parseConsoleFile('perUser: true\nuserTokenHeader: X-Auth-Token\n', 'console.yaml');
    expect(resolveOptions({}, fromFile(file))).toMatchObject({
      perUser: true,
      userTokenHeader: 'X-Auth-Token',
    });
    expect(resolveOptions({}, parseFlags([])).perUser).toBe(false);
  });

  it('trusts no proxy unless told which, by flag, environment or console.yaml', () => {
    expect(resolveOptions({}, parseFlags([])).trustProxy).toBeUndefined();
    expect(resolveOptions({}, parseFlags(['--trust-proxy', 'loopback'])).trustProxy).toBe('loopback');
    expect(resolveOptions({}, parseEnv({ CONSOLE_TRUST_PROXY: '1' })).trustProxy).toBe('1');
    const file = parseConsoleFile('trustProxy: uniquelocal\n', 'console.yaml');
    expect(resolveOptions({}, fromFile(file)).trustProxy).toBe('uniquelocal');
  });

  it('names the setting when per-user mode is given something that is not a yes or no, or a header name', () => {
    expect(() => parseEnv({ CONSOLE_PER_USER: 'sometimes' })).toThrow(
      'CONSOLE_PER_USER must be true or false, not "sometimes".',
    );
    expect(() => parseConsoleFile('userTokenHeader: "bad header"\n', 'console.yaml')).toThrow(
      'userTokenHeader: must be an HTTP header name (letters, digits and hyphens)',
    );
  });

  it('refuses an unknown flag', () => {
    expect(() => parseFlags(['--prot', '1'])).toThrow(/--prot/);
  });

  it('names every wrong field of console.yaml', () => {
    expect(() =>
      parseConsoleFile(
        'port: high\nsites:\n  - kind: system\n  - kind: cloud\ncolour: red\n',
        'console.yaml',
      ),
    ).toThrow(
      [
        'console.yaml is not a valid console configuration:',
        '  (top level): unknown field "colour"',
        '  port: must be integer',
        "  sites.0: must have required property 'namespace'",
        '  sites.1.kind: must be one of kubernetes, system',
      ].join('\n'),
    );
  });

  it('keeps local sites where the skupper CLI keeps them', () => {
    expect(defaultDataHome({}, 0)).toBe('/var/lib/skupper');
    expect(defaultDataHome({ XDG_DATA_HOME: '/data' }, 1000)).toBe('/data/skupper');
    expect(defaultDataHome({ XDG_DATA_HOME: 'relative' }, 1000)).toMatch(/\.local\/share\/skupper$/);
  });
});
