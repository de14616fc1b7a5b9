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
