import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connector, Listener } from '../types.ts';
import { matchConnector, matchListener, summarizeMatch } from './match.ts';
import { buildMatchingIndex } from './matching-index.ts';
import { firstNamed, SUMMARY_NAME_LIMIT } from './summary.ts';

const connector = (name: string, routingKey: string, matched: boolean): Connector => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name },
  spec: { routingKey, port: 8080, selector: `app=${name}` },
  status: { status: 'Pending', hasMatchingListener: matched },
});

const listener = (name: string, routingKey: string): Listener => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Listener',
  metadata: { name },
  spec: { routingKey, port: 8080, host: name },
});

const sites = ['east', 'west', 'north'];
const keys = ['a', 'b', 'c'];

describe('summarizeMatch', () => {
  it('tells the same story as the full answer: count, sites, controller flag, agreement, note and first names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...sites), fc.constantFrom(...keys), fc.boolean()), {
          maxLength: 12,
        }),
        fc.array(fc.tuple(fc.constantFrom(...sites), fc.constantFrom(...keys)), { maxLength: 12 }),
        (connectorSpecs, listenerSpecs) => {
          const connectors = connectorSpecs.map(([site, key, matched], i) => ({
            site,
            resource: connector(`c${i}`, key, matched),
          }));
          const listeners = listenerSpecs.map(([site, key], i) => ({
            site,
            resource: listener(`l${i}`, key),
          }));
          const index = buildMatchingIndex({ connectors, listeners });
          for (const located of connectors) {
            const full = matchConnector(index, located);
            expect(summarizeMatch(index, located)).toEqual({
              routingKey: full.routingKey,
              count: full.listeners.length,
              siteCount: full.siteCount,
              controllerMatched: full.hasMatchingListener,
              agreement: full.agreement,
              ...(full.note ? { note: full.note } : {}),
            });
          }
          for (const located of listeners) {
            const full = matchListener(index, located);
            expect(summarizeMatch(index, located)).toMatchObject({
              count: full.connectors.length,
              siteCount: full.siteCount,
              agreement: full.agreement,
              names: full.connectors.slice(0, SUMMARY_NAME_LIMIT).map(({ site, name }) => ({ site, name })),
            });
          }
        },
      ),
      { seed: 20261121, numRuns: 200 },
    );
  });
});

describe('names in a summary', () => {
  it('names the first three connectors of a listener by site, then name, and counts them all', () => {
    const connectors = [
      { site: 'west', resource: connector('api', 'web', true) },
      { site: 'east', resource: connector('web-b', 'web', true) },
      { site: 'west', resource: connector('web', 'web', true) },
      { site: 'east', resource: connector('web-a', 'web', true) },
      { site: 'east', resource: connector('other', 'other', true) },
    ];
    const web = { site: 'north', resource: listener('web', 'web') };
    const summary = summarizeMatch(buildMatchingIndex({ connectors, listeners: [web] }), web);
    expect(summary.count).toBe(4);
    expect(summary.names).toEqual([
      { site: 'east', name: 'web-a' },
      { site: 'east', name: 'web-b' },
      { site: 'west', name: 'api' },
    ]);
  });

  it('leaves names out of a connector summary, so the connector list stays small', () => {
    const connectors = [{ site: 'east', resource: connector('web', 'web', true) }];
    const listeners = [{ site: 'west', resource: listener('web', 'web') }];
    const [first] = connectors;
    if (!first) throw new Error('no connector');
    expect(summarizeMatch(buildMatchingIndex({ connectors, listeners }), first)).not.toHaveProperty('names');
  });

  it('picks the same first names as sorting them all, whatever the order they come in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...sites), fc.stringMatching(/^[a-c]{1,2}$/)), { maxLength: 20 }),
        fc.integer({ min: 0, max: 5 }),
        (pairs, limit) => {
          const located = pairs.map(([site, name]) => ({ site, resource: { metadata: { name } } }));
          const sorted = pairs
            .map(([site, name]) => ({ site, name }))
            .sort((a, b) => {
              const [x, y] = [`${a.site}\u0000${a.name}`, `${b.site}\u0000${b.name}`];
              return x < y ? -1 : x > y ? 1 : 0;
            });
          expect(firstNamed(located, limit)).toEqual(sorted.slice(0, limit));
        },
      ),
      { seed: 20261122, numRuns: 200 },
    );
  });
});

describe('matching limited to the sites someone may see', () => {
  it('neither lists nor counts nor names counterparts in other sites, in the summary and in the full answers', () => {
    const index = buildMatchingIndex({
      connectors: [
        { site: 'east', resource: connector('db', 'db', true) },
        { site: 'west', resource: connector('db-replica', 'db', false) },
      ],
      listeners: [
        { site: 'east', resource: listener('db-local', 'db') },
        { site: 'west', resource: listener('db-remote', 'db') },
      ],
    });
    const visible = (site: string) => site === 'east';
    const self = { site: 'east', resource: connector('db', 'db', true) };
    expect(summarizeMatch(index, self, { visible })).toMatchObject({ count: 1, siteCount: 1 });
    expect(summarizeMatch(index, self)).toMatchObject({ count: 2, siteCount: 2 });
    expect(matchConnector(index, self, { visible }).listeners.map((l) => l.name)).toEqual(['db-local']);
    const listenerSelf = { site: 'east', resource: listener('db-local', 'db') };
    expect(summarizeMatch(index, listenerSelf, { visible }).names).toEqual([{ site: 'east', name: 'db' }]);
    expect(matchListener(index, listenerSelf, { visible }).connectors.map((c) => c.name)).toEqual(['db']);
  });
});
