import { describe, expect, it } from 'vitest';
import { localConnector, localListener, localSite } from './fixtureResources.ts';
import { runtimeResources } from './runtimeStatus.ts';

const NS = 'east';
const input = [
  localSite(NS, 'east-site'),
  localConnector(NS, { name: 'backend', port: 8080 }),
  localConnector(NS, { name: 'lonely', port: 9000 }),
  localListener(NS, { name: 'backend', port: 8080 }),
] as unknown as Record<string, unknown>[];

const statusOf = (resources: ReturnType<typeof runtimeResources>, kind: string, name: string) =>
  resources.find((resource) => resource.kind === kind && resource.metadata.name === name)?.['status'];

describe('status a local controller writes to runtime/resources', () => {
  it('reads Pending, Not Matched for every connector just after a reload', () => {
    const resources = runtimeResources(input, { namespace: NS, platform: 'podman', settled: false });
    expect(statusOf(resources, 'Connector', 'backend')).toMatchObject({
      status: 'Pending',
      message: 'Not Matched',
    });
    expect(statusOf(resources, 'Connector', 'backend')).not.toHaveProperty('hasMatchingListener');
  });

  it('reads Ready, OK once settled when the key has both a listener and a connector', () => {
    const resources = runtimeResources(input, { namespace: NS, platform: 'podman', settled: true });
    expect(statusOf(resources, 'Connector', 'backend')).toMatchObject({
      status: 'Ready',
      message: 'OK',
      hasMatchingListener: true,
    });
    expect(statusOf(resources, 'Listener', 'backend')).toMatchObject({
      status: 'Ready',
      hasMatchingConnector: true,
    });
    expect(statusOf(resources, 'Connector', 'lonely')).toMatchObject({
      status: 'Pending',
      message: 'No matching listeners',
    });
  });

  it('counts listeners in remote sites the controller knows of', () => {
    const remoteNetwork = [
      { id: 'w', name: 'west', services: [{ routingKey: 'lonely', listeners: ['lonely'] }] },
    ];
    const resources = runtimeResources(input, {
      namespace: NS,
      platform: 'podman',
      settled: true,
      remoteNetwork,
    });
    expect(statusOf(resources, 'Connector', 'lonely')).toMatchObject({
      status: 'Ready',
      hasMatchingListener: true,
    });
    const site = statusOf(resources, 'Site', 'east-site') as {
      network: { name: string }[];
      sitesInNetwork: number;
    };
    expect(site.network.map((entry) => entry.name)).toEqual(['east-site', 'west']);
    expect(site.sitesInNetwork).toBe(2);
  });

  it('reports an error for connectors of a namespace without a site', () => {
    const withoutSite = input.filter((resource) => resource['kind'] !== 'Site');
    const resources = runtimeResources(withoutSite, { namespace: NS, platform: 'podman', settled: true });
    expect(statusOf(resources, 'Connector', 'backend')).toMatchObject({
      status: 'Error',
      message: 'No active site in namespace',
    });
  });
});
