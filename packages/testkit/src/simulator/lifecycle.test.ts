import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApiServer } from '../apiserver/server.ts';
import { startSkupperSimulator } from './skupperSimulator.ts';
import { connectorObject, listenerObject, siteObject } from './workloads.ts';
import {
  conditionOf,
  EAST,
  startSimulatedNetwork,
  statusOf,
  verdictOf,
  WEST,
  type SimulatedNetwork,
} from './testSupport.ts';

const { namespace } = EAST;
const db = connectorObject('db', namespace, { routingKey: 'db', port: 5432, host: 'db.internal' });
const dbListener = listenerObject('db', WEST.namespace, { routingKey: 'db', host: 'db', port: 5432 });

describe('how the simulated controller writes status', () => {
  let net: SimulatedNetwork | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await net?.close();
  });

  it('writes through the status subresource: new resourceVersion, same generation', async () => {
    net = await startSimulatedNetwork();
    net.east.create(siteObject('east', namespace));
    const created = net.east.create(db);
    await net.simulator.settled();
    const reconciled = net.east.get('Connector', namespace, 'db');
    expect(reconciled?.metadata.generation).toBe(1);
    expect(reconciled?.metadata.resourceVersion).not.toBe(created.metadata.resourceVersion);
    expect(reconciled?.spec).toEqual(created.spec);
  });

  it('moves lastTransitionTime only when a condition flips', async () => {
    let clock = new Date('2026-07-23T10:00:00Z');
    net = await startSimulatedNetwork({ now: () => clock });
    net.east.create(siteObject('east', namespace));
    net.east.create(db);
    await net.simulator.settled();

    clock = new Date('2026-07-23T10:05:00Z');
    net.east.patch('Connector', namespace, 'db', { type: 'merge', body: { spec: { port: 5433 } } });
    await net.simulator.settled();
    const edited = statusOf(net.east, 'Connector', namespace, 'db');
    expect(conditionOf(edited, 'Matched')?.lastTransitionTime).toBe('2026-07-23T10:00:00Z');

    clock = new Date('2026-07-23T10:10:00Z');
    net.west.create(siteObject('west', WEST.namespace));
    net.west.create(dbListener);
    await net.simulator.settled();
    const matched = statusOf(net.east, 'Connector', namespace, 'db');
    expect(conditionOf(matched, 'Configured')?.lastTransitionTime).toBe('2026-07-23T10:00:00Z');
    expect(conditionOf(matched, 'Matched')?.lastTransitionTime).toBe('2026-07-23T10:10:00Z');
    expect(conditionOf(matched, 'Ready')?.lastTransitionTime).toBe('2026-07-23T10:10:00Z');
  });

  it('sets observedGeneration of every condition to the generation it reconciled', async () => {
    net = await startSimulatedNetwork();
    net.east.create(siteObject('east', namespace));
    net.east.create(db);
    await net.simulator.settled();
    net.east.patch('Connector', namespace, 'db', { type: 'merge', body: { spec: { port: 5433 } } });
    await net.simulator.settled();
    const status = statusOf(net.east, 'Connector', namespace, 'db');
    expect(net.east.get('Connector', namespace, 'db')?.metadata.generation).toBe(2);
    expect(status?.conditions?.map((condition) => [condition.type, condition.observedGeneration])).toEqual([
      ['Configured', 2],
      ['Ready', 2],
      ['Matched', 2],
    ]);
  });

  it('leaves status alone once stopped', async () => {
    net = await startSimulatedNetwork();
    net.east.create(siteObject('east', namespace));
    await net.simulator.settled();
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'clearTimeout', 'clearImmediate'] });
    net.simulator.stop();
    net.east.create(db);
    await vi.runAllTimersAsync();
    await net.simulator.settled();
    expect(net.east.get('Connector', namespace, 'db')?.status).toBeUndefined();
  });

  it('reconciles what the stores already hold when it starts', async () => {
    const server = await startApiServer({ clusters: [{ name: 'east', namespace }] });
    const { store } = server.cluster('east');
    store.create(siteObject('east', namespace));
    store.create(db);
    const simulator = startSkupperSimulator(server, { networkDelayMs: 0 });
    await simulator.settled();
    expect(verdictOf(store.get('Connector', namespace, 'db'))).toBe('Pending: No matching listeners');
    expect(verdictOf(store.get('Site', namespace, 'east'))).toBe('Ready: OK');
    simulator.stop();
    await server.close();
  });

  it('refuses a negative network delay with a plain message', () => {
    const noClusters = {
      clusterNames: () => [],
      cluster: (name: string) => {
        throw new Error(`no cluster named "${name}"`);
      },
    };
    expect(() => startSkupperSimulator(noClusters, { networkDelayMs: -1 })).toThrow(
      'networkDelayMs must be zero or more milliseconds, got -1',
    );
  });
});
