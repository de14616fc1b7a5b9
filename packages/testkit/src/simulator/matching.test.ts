import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectorObject, listenerObject, podObject, siteObject } from './workloads.ts';
import {
  conditionOf,
  EAST,
  startSimulatedNetwork,
  statusOf,
  verdictOf,
  WEST,
  type SimulatedNetwork,
} from './testSupport.ts';

const backendConnector = connectorObject('backend', EAST.namespace, {
  routingKey: 'backend',
  port: 8080,
  host: 'backend.internal',
});
const backendListener = listenerObject('backend', WEST.namespace, {
  routingKey: 'backend',
  host: 'backend',
  port: 8080,
});

describe('matching connectors and listeners across clusters', () => {
  let net: SimulatedNetwork;
  beforeEach(async () => {
    net = await startSimulatedNetwork();
    net.east.create(siteObject('east', EAST.namespace));
    net.west.create(siteObject('west', WEST.namespace));
  });
  afterEach(async () => {
    expect(net.errors).toEqual([]);
    await net.close();
  });

  it('shows a new connector as Pending "No matching listeners" while no site has a listener for its key', async () => {
    net.east.create(backendConnector);
    await net.simulator.settled();
    const status = statusOf(net.east, 'Connector', EAST.namespace, 'backend');
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe(
      'Pending: No matching listeners',
    );
    expect(status?.hasMatchingListener).toBeUndefined();
    expect(conditionOf(status, 'Configured')).toMatchObject({
      status: 'True',
      reason: 'Ready',
      message: 'OK',
    });
    expect(conditionOf(status, 'Matched')).toMatchObject({ status: 'False', reason: 'Pending' });
    expect(conditionOf(status, 'Ready')).toMatchObject({
      status: 'False',
      reason: 'Pending',
      message: 'No matching listeners',
    });
    expect(status?.selectedPods).toBeUndefined();
  });

  it('says "Not Matched" until the network view catches up, as the real controller does', async () => {
    const seen: string[] = [];
    net.east.subscribe((change) => seen.push(verdictOf(change.object)), { kinds: ['Connector'] });
    net.east.create(backendConnector);
    await net.simulator.settled();
    expect(seen).toEqual(['no status', 'Pending: Not Matched', 'Pending: No matching listeners']);
  });

  it('turns the connector Ready once another cluster has a listener for its key, and back when it goes', async () => {
    net.east.create(backendConnector);
    await net.simulator.settled();
    net.west.create(backendListener);
    await net.simulator.settled();
    const ready = statusOf(net.east, 'Connector', EAST.namespace, 'backend');
    expect(`${ready?.status}: ${ready?.message}`).toBe('Ready: OK');
    expect(ready?.hasMatchingListener).toBe(true);
    expect(conditionOf(ready, 'Ready')).toMatchObject({ status: 'True', reason: 'Ready', message: 'OK' });
    expect(verdictOf(net.west.get('Listener', WEST.namespace, 'backend'))).toBe('Ready: OK');
    expect(statusOf(net.west, 'Listener', WEST.namespace, 'backend')?.hasMatchingConnector).toBe(true);

    net.west.delete('Listener', WEST.namespace, 'backend');
    await net.simulator.settled();
    const unmatched = statusOf(net.east, 'Connector', EAST.namespace, 'backend');
    expect(`${unmatched?.status}: ${unmatched?.message}`).toBe('Pending: No matching listeners');
    expect(unmatched).not.toHaveProperty('hasMatchingListener');
  });

  it('counts a listener in the connector’s own site as a match', async () => {
    net.east.create(backendConnector);
    net.east.create(
      listenerObject('local', EAST.namespace, { routingKey: 'backend', host: 'local', port: 8080 }),
    );
    await net.simulator.settled();
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe('Ready: OK');
  });

  it('matches a listener only once a connector has a pod to send to', async () => {
    net.west.create(backendListener);
    net.east.create(
      connectorObject('backend', EAST.namespace, {
        routingKey: 'backend',
        port: 8080,
        selector: 'app=backend',
      }),
    );
    await net.simulator.settled();
    expect(verdictOf(net.west.get('Listener', WEST.namespace, 'backend'))).toBe(
      'Pending: No matching connectors',
    );

    const pod = { namespace: EAST.namespace, labels: { app: 'backend' }, image: 'backend', port: 8080 };
    net.east.create(podObject({ ...pod, name: 'backend-1', ip: '10.1.0.7' }));
    await net.simulator.settled();
    expect(verdictOf(net.west.get('Listener', WEST.namespace, 'backend'))).toBe('Ready: OK');
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe('Ready: OK');
  });

  it('lists every site of the network with its services per routing key in each Site', async () => {
    const pod = { namespace: EAST.namespace, labels: { app: 'backend' }, image: 'backend', port: 8080 };
    net.east.create(podObject({ ...pod, name: 'backend-1', ip: '10.1.0.7' }));
    net.east.create(podObject({ ...pod, name: 'backend-2', ip: '10.1.0.8' }));
    net.east.create(
      connectorObject('backend', EAST.namespace, {
        routingKey: 'backend',
        port: 8080,
        selector: 'app=backend',
      }),
    );
    net.east.create(
      connectorObject('db', EAST.namespace, { routingKey: 'db', port: 5432, host: 'db.internal' }),
    );
    net.west.create(backendListener);
    await net.simulator.settled();

    const east = net.east.get('Site', EAST.namespace, 'east');
    const west = net.west.get('Site', WEST.namespace, 'west');
    for (const site of [east, west]) {
      const status = site?.status as { sitesInNetwork?: number; network?: unknown[] };
      expect(verdictOf(site)).toBe('Ready: OK');
      expect(status.sitesInNetwork).toBe(2);
      expect(status.network).toEqual([
        {
          id: east?.metadata.uid,
          name: 'east',
          namespace: EAST.namespace,
          platform: 'kubernetes',
          version: '2.1.1',
          services: [
            { routingKey: 'backend', connectors: ['10.1.0.7', '10.1.0.8'] },
            { routingKey: 'db', connectors: ['db.internal'] },
          ],
        },
        {
          id: west?.metadata.uid,
          name: 'west',
          namespace: WEST.namespace,
          platform: 'kubernetes',
          version: '2.1.1',
          links: [
            {
              name: 'link-east',
              remoteSiteId: east?.metadata.uid,
              remoteSiteName: 'east',
              operational: true,
            },
          ],
          services: [{ routingKey: 'backend', listeners: ['backend'] }],
        },
      ]);
    }
  });
});

describe('sites that are not linked', () => {
  it('form separate networks, so a listener in the other one is no match', async () => {
    const net = await startSimulatedNetwork({ links: [] });
    net.east.create(siteObject('east', EAST.namespace));
    net.west.create(siteObject('west', WEST.namespace));
    net.east.create(backendConnector);
    net.west.create(backendListener);
    await net.simulator.settled();
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe(
      'Pending: No matching listeners',
    );
    expect(statusOf(net.west, 'Site', WEST.namespace, 'west')?.sitesInNetwork).toBe(1);
    await net.close();
  });

  it('join one network through the links given', async () => {
    const net = await startSimulatedNetwork({
      links: [{ from: 'east/hello-world-east', to: 'west/hello-world-west' }],
    });
    net.east.create(siteObject('east', EAST.namespace));
    net.west.create(siteObject('west', WEST.namespace));
    net.east.create(backendConnector);
    net.west.create(backendListener);
    await net.simulator.settled();
    expect(verdictOf(net.east.get('Connector', EAST.namespace, 'backend'))).toBe('Ready: OK');
    const network = statusOf(net.west, 'Site', WEST.namespace, 'west')?.network;
    expect(network?.map((site) => [site.name, site.links?.map((link) => link.remoteSiteName)])).toEqual([
      ['east', ['west']],
      ['west', undefined],
    ]);
    await net.close();
  });
});
