import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connector, Listener, Site, SkupperKind, SkupperResource } from '../types.ts';
import { connector, listener, networkSite, READY_MATCHED, site } from './fixtures.test-support.ts';
import type { Located } from './located.ts';
import { matchConnector, matchListener } from './match.ts';
import { buildMatchingIndex, MatchingIndex } from './matching-index.ts';

describe('MatchingIndex updates', () => {
  it('moves a listener to its new routing key when it is modified', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'west', resource: listener('backend', 'backend') });
    index.upsert({ site: 'west', resource: listener('backend', 'backend-v2') });
    expect(index.listeners.withRoutingKey('backend')).toEqual([]);
    expect(index.listeners.withRoutingKey('backend-v2').map((l) => l.resource.spec.routingKey)).toEqual([
      'backend-v2',
    ]);
    expect(index.listeners.size).toBe(1);
  });

  it('forgets a deleted listener, and says whether it knew it', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'west', resource: listener('backend', 'backend') });
    expect(index.remove('Listener', 'west', 'backend')).toBe(true);
    expect(index.remove('Listener', 'west', 'backend')).toBe(false);
    expect(index.listeners.withRoutingKey('backend')).toEqual([]);
  });

  it('keeps same-named resources of different sites apart', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'west', resource: listener('backend', 'backend') });
    index.upsert({ site: 'north', resource: listener('backend', 'backend') });
    index.remove('Listener', 'west', 'backend');
    expect(index.listeners.withRoutingKey('backend').map((l) => l.site)).toEqual(['north']);
  });

  it('forgets everything of a site that leaves the configuration', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'west', resource: listener('backend', 'backend') });
    index.upsert({ site: 'west', resource: site('west', [networkSite('west', 'w', [])]) });
    index.upsert({ site: 'east', resource: connector('backend', 'backend') });
    index.removeSite('west');
    expect(index.listeners.size).toBe(0);
    expect(index.sites.viewOf('west')).toBeUndefined();
    expect(index.connectors.size).toBe(1);
  });

  it('rebuilds the network view when the Site status changes', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'east', resource: site('east', [networkSite('east', 'e', [])]) });
    expect(index.sites.viewOf('east')?.byRoutingKey.get('backend')).toBeUndefined();
    const withListener = [networkSite('west', 'w', [{ routingKey: 'backend', listeners: ['backend'] }])];
    index.upsert({ site: 'east', resource: site('east', withListener) });
    expect(index.sites.viewOf('east')?.byRoutingKey.get('backend')?.[0]?.siteName).toBe('west');
  });

  it('uses the Site that reports a network when a namespace holds several', () => {
    const index = new MatchingIndex();
    index.upsert({ site: 'east', resource: site('aaa-inactive') });
    index.upsert({ site: 'east', resource: site('east', [networkSite('east', 'e', [])]) });
    expect(index.sites.viewOf('east')?.site.metadata.name).toBe('east');
  });
});

// Small pools so that random operations collide on sites, names and routing keys.
const SITES = ['east', 'west', 'north'];
const NAMES = ['a', 'b', 'c'];
const KEYS = ['backend', 'db', 'cache'];

type Operation =
  | { op: 'upsert'; site: string; resource: SkupperResource }
  | { op: 'remove'; site: string; kind: SkupperKind; name: string };

const statusArb = fc.constantFrom(
  undefined,
  { ...READY_MATCHED, hasMatchingListener: true, hasMatchingConnector: true },
  {
    status: 'Pending',
    message: 'No matching listeners',
  },
);

const resourceArb: fc.Arbitrary<SkupperResource> = fc.oneof(
  fc
    .record({ name: fc.constantFrom(...NAMES), key: fc.constantFrom(...KEYS), status: statusArb })
    .map(({ name, key, status }): Connector => connector(name, key, status ? { status } : {})),
  fc
    .record({ name: fc.constantFrom(...NAMES), key: fc.constantFrom(...KEYS), status: statusArb })
    .map(({ name, key, status }): Listener => listener(name, key, status ? { status } : {})),
  fc
    .record({
      name: fc.constantFrom(...SITES),
      services: fc.array(
        fc.record({
          site: fc.constantFrom(...SITES),
          key: fc.constantFrom(...KEYS),
          listeners: fc.subarray(NAMES),
          connectors: fc.subarray(NAMES),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ name, services }): Site =>
      site(
        name,
        SITES.map((member) =>
          networkSite(
            member,
            member,
            services
              .filter((service) => service.site === member)
              .map(({ key, listeners, connectors }) => ({ routingKey: key, listeners, connectors })),
          ),
        ),
      ),
    ),
);

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('upsert' as const), site: fc.constantFrom(...SITES), resource: resourceArb }),
  fc.record({
    op: fc.constant('remove' as const),
    site: fc.constantFrom(...SITES),
    kind: fc.constantFrom<SkupperKind>('Connector', 'Listener', 'Site'),
    name: fc.constantFrom(...NAMES, ...SITES),
  }),
);

function answers(index: MatchingIndex, connectors: Located<Connector>[], listeners: Located<Listener>[]) {
  return {
    connectors: connectors.map((located) => matchConnector(index, located)),
    listeners: listeners.map((located) => matchListener(index, located)),
  };
}

describe('MatchingIndex incremental updates', () => {
  it('answers exactly as an index rebuilt from the final state', () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 40 }), (operations) => {
        const incremental = new MatchingIndex();
        const finalState = new Map<string, Located<SkupperResource>>();
        for (const operation of operations) {
          if (operation.op === 'upsert') {
            incremental.upsert({ site: operation.site, resource: operation.resource });
            const id = `${operation.resource.kind}/${operation.site}/${operation.resource.metadata.name ?? ''}`;
            finalState.set(id, { site: operation.site, resource: operation.resource });
          } else {
            incremental.remove(operation.kind, operation.site, operation.name);
            finalState.delete(`${operation.kind}/${operation.site}/${operation.name}`);
          }
          // Reading between events fills the cached network views, so stale caches would show.
          for (const member of SITES) incremental.sites.viewOf(member);
        }
        const located = [...finalState.values()];
        const connectors = located.filter((l): l is Located<Connector> => l.resource.kind === 'Connector');
        const listeners = located.filter((l): l is Located<Listener> => l.resource.kind === 'Listener');
        const sites = located.filter((l): l is Located<Site> => l.resource.kind === 'Site');
        const rebuilt = buildMatchingIndex({ connectors, listeners, sites });
        expect(incremental.connectors.size).toBe(connectors.length);
        expect(incremental.listeners.size).toBe(listeners.length);
        expect(answers(incremental, connectors, listeners)).toEqual(answers(rebuilt, connectors, listeners));
      }),
      { numRuns: 300, seed: 20260723 },
    );
  });
});
