import { describe, expect, it } from 'vitest';
import type { Connector, Listener, Site } from '../types.ts';
import {
  connector,
  HELLO_WORLD_NETWORK,
  listener,
  networkSite,
  READY_MATCHED,
  site,
} from './fixtures.test-support.ts';
import type { Located } from './located.ts';
import { matchConnector, matchListener } from './match.ts';
import { buildMatchingIndex } from './matching-index.ts';

const eastBackend: Located<Connector> = {
  site: 'east',
  resource: connector('backend', 'backend', {
    namespace: 'hello-world-east',
    selector: 'app=backend',
    status: { ...READY_MATCHED, hasMatchingListener: true },
  }),
};
const westBackend: Located<Listener> = {
  site: 'west',
  resource: listener('backend', 'backend', {
    namespace: 'hello-world-west',
    status: { ...READY_MATCHED, hasMatchingConnector: true },
  }),
};
const northDb: Located<Listener> = { site: 'north', resource: listener('db', 'db', { namespace: 'north' }) };
const helloWorldSites: Located<Site>[] = [
  { site: 'east', resource: site('east', HELLO_WORLD_NETWORK) },
  { site: 'west', resource: site('west', HELLO_WORLD_NETWORK) },
  { site: 'north', resource: site('north', HELLO_WORLD_NETWORK) },
];

function helloWorld() {
  return buildMatchingIndex({
    connectors: [eastBackend],
    listeners: [westBackend, northDb],
    sites: helloWorldSites,
  });
}

describe('matchConnector across three sites', () => {
  it('finds the Hello World listener in west for the backend connector in east, in agreement with the controller', () => {
    expect(matchConnector(helloWorld(), eastBackend)).toEqual({
      routingKey: 'backend',
      listeners: [
        {
          site: 'west',
          name: 'backend',
          namespace: 'hello-world-west',
          host: 'backend',
          port: 8080,
          phase: 'Ready',
        },
      ],
      siteCount: 1,
      networkView: 'available',
      networkSites: [
        {
          siteName: 'west',
          siteId: 'id-west',
          namespace: 'hello-world-west',
          platform: 'kubernetes',
          listeners: ['backend'],
        },
      ],
      hasMatchingListener: true,
      agreement: 'agree',
    });
  });

  it('finds the backend connector in east for the listener in west', () => {
    const matching = matchListener(helloWorld(), westBackend);
    expect(matching.connectors).toEqual([
      {
        site: 'east',
        name: 'backend',
        namespace: 'hello-world-east',
        selector: 'app=backend',
        port: 8080,
        phase: 'Ready',
      },
    ]);
    expect(matching.networkSites).toEqual([
      {
        siteName: 'east',
        siteId: 'id-east',
        namespace: 'hello-world-east',
        platform: 'kubernetes',
        connectors: ['10.0.0.5'],
      },
    ]);
    expect(matching.agreement).toBe('agree');
  });

  it('does not match listeners whose routing key differs, even by case', () => {
    const index = helloWorld();
    index.upsert({ site: 'north', resource: listener('shouty', 'Backend') });
    const other = {
      site: 'east',
      resource: connector('backend-v2', 'backend-v2', { status: READY_MATCHED }),
    };
    expect(matchConnector(index, other).listeners).toEqual([]);
    expect(matchConnector(index, eastBackend).listeners.map((l) => l.name)).toEqual(['backend']);
  });

  it('lists listeners sorted by site, then by name, and counts the sites', () => {
    const index = helloWorld();
    index.upsert({ site: 'west', resource: listener('backend-b', 'backend') });
    index.upsert({ site: 'north', resource: listener('backend-z', 'backend') });
    index.upsert({ site: 'north', resource: listener('backend-a', 'backend') });
    const matching = matchConnector(index, eastBackend);
    expect(matching.listeners.map((l) => `${l.site}/${l.name}`)).toEqual([
      'north/backend-a',
      'north/backend-z',
      'west/backend',
      'west/backend-b',
    ]);
    expect(matching.siteCount).toBe(2);
    expect(matching.listeners[0]?.phase).toBe('NotReconciled');
  });
});

describe('matchConnector when the console and the controller disagree', () => {
  it('names the sites from the network view when only the controller sees a listener', () => {
    const index = buildMatchingIndex({
      connectors: [eastBackend],
      sites: [helloWorldSites[0] as Located<Site>],
    });
    const matching = matchConnector(index, eastBackend);
    expect(matching.agreement).toBe('controller-only');
    expect(matching.note).toBe(
      'The controller reports a matching listener, but none of the sites this console is configured for has one. ' +
        'The controller\'s network view places listeners for "backend" in west (namespace hello-world-west): ' +
        'add that site to the console to see them.',
    );
  });

  it('says the network view is unavailable when the connector site has no Site status', () => {
    const matching = matchConnector(buildMatchingIndex({ connectors: [eastBackend] }), eastBackend);
    expect(matching.networkView).toBe('unavailable');
    expect(matching.networkSites).toEqual([]);
    expect(matching.agreement).toBe('controller-only');
    expect(matching.note).toMatch(
      /probably in a site this console is not configured for; this site reports no network view/,
    );
  });

  it('blames a stale status when the console and the network view see a listener the flag misses', () => {
    const stale = {
      ...eastBackend,
      resource: connector('backend', 'backend', {
        status: { status: 'Pending', message: 'No matching listeners' },
      }),
    };
    const matching = matchConnector(helloWorld(), stale);
    expect(matching.hasMatchingListener).toBe(false);
    expect(matching.agreement).toBe('console-only');
    expect(matching.note).toBe(
      'This console sees listeners with routing key "backend" in west, but the controller reports none. ' +
        "The controller's own network view already lists them, so its flag has probably not refreshed yet " +
        '(it only refreshes when the network changes).',
    );
  });

  it('says the sites are probably not linked when the listener site is missing from the network view', () => {
    const eastOnly = [
      networkSite('east', 'hello-world-east', [{ routingKey: 'backend', connectors: ['10.0.0.5'] }]),
    ];
    const index = buildMatchingIndex({
      listeners: [westBackend],
      sites: [
        { site: 'east', resource: site('east', eastOnly) },
        { site: 'west', resource: site('west', [networkSite('west', 'hello-world-west', [])]) },
      ],
    });
    const unmatched = {
      ...eastBackend,
      resource: connector('backend', 'backend', {
        status: { status: 'Pending', message: 'No matching listeners' },
      }),
    };
    const matching = matchConnector(index, unmatched);
    expect(matching.agreement).toBe('console-only');
    expect(matching.note).toMatch(
      /west is not in this site's network view: the sites are probably not linked\.$/,
    );
  });

  it('explains the local-site rule for the flag on a Podman site', () => {
    const local = {
      site: 'laptop',
      resource: connector('backend', 'backend', {
        host: 'localhost',
        status: { status: 'Pending', message: 'Not Matched' },
      }),
    };
    const index = buildMatchingIndex({ listeners: [westBackend] });
    const matching = matchConnector(index, local, { platform: 'podman' });
    expect(matching.agreement).toBe('console-only');
    expect(matching.note).toMatch(/both a listener and a connector for the key.*skupper system reload/);
  });

  it('reads the platform from the network view when the caller does not give it', () => {
    const network = [networkSite('laptop', 'default', [], 'podman')];
    const local = {
      site: 'laptop',
      resource: connector('backend', 'backend', {
        host: 'localhost',
        status: { status: 'Pending', message: 'Not Matched' },
      }),
    };
    const index = buildMatchingIndex({
      listeners: [westBackend],
      sites: [{ site: 'laptop', resource: site('laptop', network) }],
    });
    expect(matchConnector(index, local).note).toMatch(/skupper system reload/);
  });

  it('does not judge a connector the controller has not reconciled yet', () => {
    const fresh = { site: 'east', resource: connector('backend', 'backend') };
    const matching = matchConnector(helloWorld(), fresh);
    expect(matching.agreement).toBe('unknown');
    expect(matching.hasMatchingListener).toBe(false);
    expect(matching.note).toMatch(/has not reconciled this connector yet/);
  });

  it('agrees without a note when neither side sees a listener', () => {
    const lonely = {
      site: 'north',
      resource: connector('cache', 'cache', {
        status: { status: 'Pending', message: 'No matching listeners' },
      }),
    };
    const matching = matchConnector(helloWorld(), lonely);
    expect(matching.agreement).toBe('agree');
    expect(matching.note).toBeUndefined();
  });

  it('explains a listener that only the console can match, in the listener words', () => {
    const waiting = {
      ...westBackend,
      resource: listener('backend', 'backend', {
        status: { status: 'Pending', message: 'No matching connectors' },
      }),
    };
    const matching = matchListener(helloWorld(), waiting);
    expect(matching.agreement).toBe('console-only');
    expect(matching.note).toMatch(/^This console sees connectors with routing key "backend" in east/);
  });
});
