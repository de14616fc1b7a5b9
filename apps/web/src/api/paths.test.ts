import { describe, expect, it } from 'vitest';
import { apiPaths } from './paths.ts';

describe('apiPaths', () => {
  it('escapes site and connector names so that they cannot change the path', () => {
    expect(apiPaths.connector('east/1', 'web?x')).toBe('/api/sites/east%2F1/connectors/web%3Fx');
  });

  it('escapes site and listener names in a listener’s path', () => {
    expect(apiPaths.listener('east', 'db client')).toBe('/api/sites/east/listeners/db%20client');
  });

  it('asks for pods by selector and includes not-ready pods only when asked', () => {
    expect(apiPaths.pods('east', 'app=web,tier=front', true)).toBe(
      '/api/sites/east/pods?selector=app%3Dweb%2Ctier%3Dfront&includeNotReady=true',
    );
    expect(apiPaths.pods('east', 'app=web', false)).toBe('/api/sites/east/pods?selector=app%3Dweb');
  });

  it('sends the resourceVersion with a delete so that a changed connector is not removed', () => {
    expect(apiPaths.deleteConnector('east', 'web', '42')).toBe(
      '/api/sites/east/connectors/web?resourceVersion=42',
    );
    expect(apiPaths.deleteConnector('east', 'web', undefined)).toBe('/api/sites/east/connectors/web');
  });

  it('creates at the site’s connectors and replaces at the connector, asking for a dry run only when told', () => {
    expect(apiPaths.writeConnector('east', undefined, false)).toBe('/api/sites/east/connectors');
    expect(apiPaths.writeConnector('east', 'web', true)).toBe('/api/sites/east/connectors/web?dryRun=true');
  });

  it('signs in, asks who is signed in and signs out at one session path', () => {
    expect(apiPaths.session()).toBe('/api/session');
  });
});
