import { Watch } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KubeObject } from '../apiserver/objects.ts';
import { SKUPPER, startTestServer, type TestServer } from '../apiserver/testSupport.ts';
import { startSkupperSimulator, type SkupperSimulator } from './skupperSimulator.ts';
import { connectorObject, listenerObject, siteObject } from './workloads.ts';
import { EAST, verdictOf, WEST } from './testSupport.ts';

describe('status written by the simulated controller, seen through the Kubernetes API', () => {
  let test: TestServer;
  let simulator: SkupperSimulator;
  const stops: (() => void)[] = [];
  beforeAll(async () => {
    test = await startTestServer({
      clusters: [
        { name: EAST.cluster, namespace: EAST.namespace },
        { name: WEST.cluster, namespace: WEST.namespace },
      ],
    });
    simulator = startSkupperSimulator(test.server, { networkDelayMs: 5 });
  });
  afterAll(async () => {
    stops.forEach((stop) => stop());
    simulator.stop();
    await test.close();
  });

  it('reaches a client-node watch as MODIFIED events, ending Ready once a listener exists elsewhere', async () => {
    const seen: string[] = [];
    const watch = await new Watch(test.kubeConfig('east')).watch(
      `/apis/skupper.io/v2alpha1/namespaces/${EAST.namespace}/connectors`,
      {},
      (type: string, object: KubeObject) => seen.push(`${type} ${verdictOf(object)}`),
      () => undefined,
    );
    stops.push(() => watch.abort());
    const east = test.customObjects('east');
    const west = test.customObjects('west');
    const on = (namespace: string) => ({ ...SKUPPER, namespace });
    await east.createNamespacedCustomObject({
      ...on(EAST.namespace),
      plural: 'sites',
      body: siteObject('east', EAST.namespace),
    });
    await west.createNamespacedCustomObject({
      ...on(WEST.namespace),
      plural: 'sites',
      body: siteObject('west', WEST.namespace),
    });
    const spec = { routingKey: 'backend', port: 8080, host: 'backend.internal' };
    await east.createNamespacedCustomObject({
      ...on(EAST.namespace),
      plural: 'connectors',
      body: connectorObject('backend', EAST.namespace, spec),
    });
    await simulator.settled();
    await west.createNamespacedCustomObject({
      ...on(WEST.namespace),
      plural: 'listeners',
      body: listenerObject('backend', WEST.namespace, { routingKey: 'backend', host: 'backend', port: 8080 }),
    });
    await simulator.settled();
    await vi.waitFor(() => expect(seen.at(-1)).toBe('MODIFIED Ready: OK'));
    expect(seen).toEqual([
      'ADDED no status',
      'MODIFIED Pending: Not Matched',
      'MODIFIED Pending: No matching listeners',
      'MODIFIED Ready: OK',
    ]);
  });
});
