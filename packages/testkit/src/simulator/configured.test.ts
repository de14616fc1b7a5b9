import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectorObject, listenerObject, podObject, secretObject, siteObject } from './workloads.ts';
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
const backendPod = (name: string, ready: boolean) =>
  podObject({
    name,
    namespace,
    labels: { app: 'backend' },
    image: 'backend',
    port: 8080,
    ip: '10.1.0.9',
    ready,
  });

describe('the Configured condition of connectors and listeners', () => {
  let net: SimulatedNetwork;
  const connector = (name: string) => verdictOf(net.east.get('Connector', namespace, name));
  beforeEach(async () => {
    net = await startSimulatedNetwork();
  });
  afterEach(async () => {
    expect(net.errors).toEqual([]);
    await net.close();
  });

  it('reports "No active site in namespace" until a Site is created there', async () => {
    net.east.create(connectorObject('db', namespace, { routingKey: 'db', port: 5432, host: 'db.internal' }));
    await net.simulator.settled();
    expect(connector('db')).toBe('Error: No active site in namespace');
    expect(conditionOf(statusOf(net.east, 'Connector', namespace, 'db'), 'Configured')).toMatchObject({
      status: 'False',
      reason: 'Error',
      message: 'No active site in namespace',
    });

    net.east.create(siteObject('east', namespace));
    await net.simulator.settled();
    expect(connector('db')).toBe('Pending: No matching listeners');
  });

  it('goes back to "No active site in namespace" when the Site is deleted, and leaves the network', async () => {
    net.east.create(siteObject('east', namespace));
    net.west.create(siteObject('west', WEST.namespace));
    net.east.create(connectorObject('db', namespace, { routingKey: 'db', port: 5432, host: 'db.internal' }));
    await net.simulator.settled();
    net.east.delete('Site', namespace, 'east');
    await net.simulator.settled();
    expect(connector('db')).toBe('Error: No active site in namespace');
    const west = statusOf(net.west, 'Site', WEST.namespace, 'west');
    expect(west?.sitesInNetwork).toBe(1);
    expect(west?.network?.map((site) => site.name)).toEqual(['west']);
  });

  describe('with an active Site', () => {
    beforeEach(() => {
      net.east.create(siteObject('east', namespace));
    });

    it('reports a connector whose host and selector are both empty', async () => {
      net.east.create(connectorObject('empty', namespace, { routingKey: 'empty', port: 8080, selector: '' }));
      await net.simulator.settled();
      expect(connector('empty')).toBe('Error: Connector must define a non-empty spec.host or spec.selector');
    });

    it('reports a missing TLS Secret until it is created', async () => {
      const spec = { routingKey: 'db', port: 5432, host: 'db.internal', tlsCredentials: 'db-tls' };
      net.east.create(connectorObject('db', namespace, spec));
      await net.simulator.settled();
      expect(connector('db')).toBe('Error: TLS credentials secret "db-tls" not found');

      net.east.create(secretObject('db-tls', namespace));
      await net.simulator.settled();
      expect(connector('db')).toBe('Pending: No matching listeners');
    });

    it('joins several errors with newlines in one message', async () => {
      const spec = { routingKey: 'db', port: 5432, selector: '', tlsCredentials: 'db-tls' };
      net.east.create(connectorObject('db', namespace, spec));
      await net.simulator.settled();
      expect(statusOf(net.east, 'Connector', namespace, 'db')?.message).toBe(
        'TLS credentials secret "db-tls" not found\nConnector must define a non-empty spec.host or spec.selector',
      );
    });

    it('reports "No matches for selector" while no Ready and Running pod carries the labels', async () => {
      net.east.create(backendPod('backend-1', false));
      net.east.create(
        connectorObject('backend', namespace, { routingKey: 'backend', port: 8080, selector: 'app=backend' }),
      );
      await net.simulator.settled();
      expect(connector('backend')).toBe('Error: No matches for selector');

      net.east.replace(backendPod('backend-1', true));
      await net.simulator.settled();
      expect(connector('backend')).toBe('Pending: No matching listeners');

      net.east.delete('Pod', namespace, 'backend-1');
      await net.simulator.settled();
      expect(connector('backend')).toBe('Error: No matches for selector');
    });

    it('counts pods that are not Ready when includeNotReadyPods is set', async () => {
      net.east.create(backendPod('backend-1', false));
      const spec = { routingKey: 'backend', port: 8080, selector: 'app=backend', includeNotReadyPods: true };
      net.east.create(connectorObject('backend', namespace, spec));
      await net.simulator.settled();
      expect(connector('backend')).toBe('Pending: No matching listeners');
    });

    it('reports a listener whose host is taken by a Service the controller did not create', async () => {
      net.east.create({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'backend', namespace },
        spec: {},
      });
      net.east.create(
        listenerObject('backend', namespace, { routingKey: 'backend', host: 'backend', port: 8080 }),
      );
      await net.simulator.settled();
      expect(verdictOf(net.east.get('Listener', namespace, 'backend'))).toBe(
        'Error: Service backend already exists in namespace',
      );
    });

    it('reports a listener’s missing TLS Secret', async () => {
      const spec = { routingKey: 'backend', host: 'backend', port: 8080, tlsCredentials: 'frontend-tls' };
      net.east.create(listenerObject('backend', namespace, spec));
      await net.simulator.settled();
      expect(verdictOf(net.east.get('Listener', namespace, 'backend'))).toBe(
        'Error: TLS credentials secret "frontend-tls" not found',
      );
    });

    it('keeps a second Site in the namespace inactive and names the active one', async () => {
      net.east.create(siteObject('east-2', namespace));
      await net.simulator.settled();
      expect(verdictOf(net.east.get('Site', namespace, 'east'))).toBe('Ready: OK');
      expect(verdictOf(net.east.get('Site', namespace, 'east-2'))).toBe(
        'Error: An active site already exists in the namespace (east)',
      );
    });
  });
});
