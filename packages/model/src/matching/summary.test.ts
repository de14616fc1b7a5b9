import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connector, Listener } from '../types.ts';
import { matchConnector, matchListener, summarizeMatch } from './match.ts';
import { buildMatchingIndex } from './matching-index.ts';

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
  it('tells the same story as the full answer: count, sites, controller flag, agreement and note', () => {
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
            });
          }
        },
      ),
      { seed: 20261121, numRuns: 200 },
    );
  });
});
