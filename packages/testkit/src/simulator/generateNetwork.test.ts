import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../apiserver/objects.ts';
import { startApiServer } from '../apiserver/server.ts';
import { generateNetwork, loadNetwork } from './generateNetwork.ts';
import { startSkupperSimulator } from './skupperSimulator.ts';
import { verdictOf } from './testSupport.ts';

const keysOf = (objects: KubeObject[], kind: string) =>
  new Set(
    objects.filter((o) => o.kind === kind).map((o) => String((o.spec as { routingKey?: string }).routingKey)),
  );

describe('generateNetwork', () => {
  it('gives the same network for the same options and another one for another seed', () => {
    const options = { clusters: 3, perCluster: 60 };
    expect(generateNetwork(options)).toEqual(generateNetwork(options));
    expect(generateNetwork({ ...options, seed: 2 })).not.toEqual(generateNetwork(options));
  });

  it('puts exactly perCluster objects in each cluster, one Site among them', () => {
    const network = generateNetwork({ clusters: 4, perCluster: 250 });
    expect(network.clusters.map((cluster) => cluster.objects.length)).toEqual([250, 250, 250, 250]);
    for (const cluster of network.clusters) {
      expect(cluster.objects.filter((o) => o.kind === 'Site')).toHaveLength(1);
      expect(cluster.objects.every((o) => o.metadata.namespace === cluster.namespace)).toBe(true);
      const names = cluster.objects.map((o) => `${o.kind}/${o.metadata.name ?? ''}`);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('shares routing keys across clusters so that some match and some do not', () => {
    const objects = generateNetwork({ clusters: 4, perCluster: 250 }).clusters.flatMap(
      (cluster) => cluster.objects,
    );
    const connectorKeys = keysOf(objects, 'Connector');
    const listenerKeys = keysOf(objects, 'Listener');
    const matched = [...connectorKeys].filter((key) => listenerKeys.has(key));
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.length).toBeLessThan(connectorKeys.size);
    expect([...listenerKeys].some((key) => !connectorKeys.has(key))).toBe(true);
  });

  it('refuses sizes it cannot fill, saying what is allowed', () => {
    expect(() => generateNetwork({ clusters: 0, perCluster: 10 })).toThrow(
      'clusters must be a whole number of at least 1, got 0',
    );
    expect(() => generateNetwork({ clusters: 1, perCluster: 4 })).toThrow(
      'perCluster must be a whole number of at least 5, got 4',
    );
  });

  it('loads into the test server where the simulator gives every binding a status of each kind', async () => {
    const network = generateNetwork({ clusters: 4, perCluster: 200 });
    const server = await startApiServer({ clusters: network.clusters });
    const errors: unknown[] = [];
    const simulator = startSkupperSimulator(server, {
      networkDelayMs: 0,
      onError: (error) => errors.push(error),
    });
    expect(loadNetwork(server, network)).toBe(800);
    await simulator.settled();

    const verdicts = new Set<string>();
    for (const name of server.clusterNames()) {
      const { store } = server.cluster(name);
      for (const object of [...store.list('Connector'), ...store.list('Listener')]) {
        verdicts.add(`${object.kind} ${verdictOf(object).replace(/"[^"]*"/, '"…"')}`);
      }
    }
    expect([...verdicts].sort()).toEqual([
      'Connector Error: No matches for selector',
      'Connector Error: TLS credentials secret "…" not found',
      'Connector Pending: No matching listeners',
      'Connector Ready: OK',
      'Listener Pending: No matching connectors',
      'Listener Ready: OK',
    ]);
    expect(errors).toEqual([]);
    simulator.stop();
    await server.close();
  });
});
