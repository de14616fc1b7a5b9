import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer } from '../apiserver/server.ts';
import { HELLO_WORLD_LINKS, seedHelloWorld } from './helloWorld.ts';
import {
  EAST,
  startSimulatedNetwork,
  statusOf,
  verdictOf,
  WEST,
  type SimulatedNetwork,
} from './testSupport.ts';

describe('seedHelloWorld', () => {
  let net: SimulatedNetwork;
  beforeEach(async () => {
    net = await startSimulatedNetwork({ links: HELLO_WORLD_LINKS });
  });
  afterEach(async () => {
    await net.close();
  });

  it('creates the tutorial’s objects, with three Ready backend pods the connector selects', () => {
    seedHelloWorld(net.server);
    expect(net.east.get('Connector', EAST.namespace, 'backend')?.spec).toEqual({
      routingKey: 'backend',
      port: 8080,
      selector: 'app=backend',
    });
    expect(net.west.get('Listener', WEST.namespace, 'backend')?.spec).toEqual({
      routingKey: 'backend',
      host: 'backend',
      port: 8080,
    });
    const pods = net.east.list('Pod', { namespace: EAST.namespace, labelSelector: 'app=backend' });
    const podStates = pods.map((pod) => {
      const status = pod.status as {
        podIP?: string;
        phase?: string;
        conditions?: { type: string; status: string }[];
      };
      const ready = status.conditions?.find((condition) => condition.type === 'Ready')?.status;
      return `${status.podIP ?? ''} ${status.phase ?? ''} Ready=${ready ?? ''}`;
    });
    expect(podStates.sort()).toEqual([
      '10.244.1.11 Running Ready=True',
      '10.244.1.12 Running Ready=True',
      '10.244.1.13 Running Ready=True',
    ]);
    expect(net.east.get('Deployment', EAST.namespace, 'backend')?.spec).toMatchObject({
      replicas: 3,
      selector: { matchLabels: { app: 'backend' } },
    });
    expect(
      net.east.list('Secret', { namespace: EAST.namespace }).map((secret) => secret.metadata.name),
    ).toEqual(['backend-ca', 'backend-tls']);
  });

  it('settles into a Ready connector and listener, east linked to west', async () => {
    seedHelloWorld(net.server);
    await net.simulator.settled();
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe('Ready: OK');
    expect(verdictOf(net.west.get('Listener', WEST.namespace, 'backend'))).toBe('Ready: OK');
    const network = statusOf(net.west, 'Site', WEST.namespace, 'west')?.network;
    expect(network?.find((site) => site.name === 'east')?.links?.[0]?.remoteSiteName).toBe('west');
    expect(net.errors).toEqual([]);
  });

  it('creates nothing the second time', () => {
    expect(seedHelloWorld(net.server).length).toBeGreaterThan(0);
    expect(seedHelloWorld(net.server)).toEqual([]);
  });

  it('names the missing cluster when the server has no east or west', async () => {
    const server = await startApiServer({ clusters: [{ name: 'north' }] });
    expect(() => seedHelloWorld(server)).toThrow(/no cluster named "east"/);
    await server.close();
  });
});
