// What the console does when watches drop, history is compacted away, or a whole cluster goes down.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent, HealthEvent } from '@connector-console/model';
import { startHarness, type Harness } from '../../testing/consoleHarness.ts';
import { openEventStream, type SseClient } from '../../testing/sseClient.ts';

let h: Harness;
let stream: SseClient | undefined;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  stream?.close();
  stream = undefined;
  await h.close();
});

const connector = (name: string, namespace: string) => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name, namespace },
  spec: { routingKey: name, port: 8080, selector: `app=${name}` },
});

const indexed = (site: string) =>
  h.console.index
    .connectors()
    .filter((e) => e.site === site)
    .map((e) => e.resource.metadata.name)
    .sort();

const healthOf = (site: string) => h.console.registry.health(site).state;

describe('Kubernetes site resilience', () => {
  it('picks up every change made while its watch was dropped', async () => {
    const east = h.api.cluster('east').store;
    east.create(connector('before', 'hello-world-east'));
    await vi.waitFor(() => expect(indexed('east')).toEqual(['before']));
    h.api.faults.failNext({ code: 500, count: 3, cluster: 'east' });
    h.api.faults.dropWatches('east');
    east.create(connector('during', 'hello-world-east'));
    east.delete('Connector', 'hello-world-east', 'before');
    await vi.waitFor(() => expect(indexed('east')).toEqual(['during']), { timeout: 5000 });
  });

  it('relists after 410 Gone, dropping what was deleted and adding what was created meanwhile', async () => {
    const east = h.api.cluster('east').store;
    east.create(connector('old', 'hello-world-east'));
    await vi.waitFor(() => expect(indexed('east')).toEqual(['old']));
    h.api.faults.takeDown('east');
    h.api.faults.dropWatches('east', 'reset');
    await vi.waitFor(() => expect(healthOf('east')).toBe('stale'));
    east.delete('Connector', 'hello-world-east', 'old');
    east.create(connector('new', 'hello-world-east'));
    east.compact(); // the console's last resourceVersion is now too old to resume from
    h.api.faults.bringUp('east');
    await vi.waitFor(() => expect(indexed('east')).toEqual(['new']), { timeout: 5000 });
    await vi.waitFor(() => expect(healthOf('east')).toBe('ready'));
  });

  it('keeps serving and streaming the other sites while one cluster is down, and says which one is down', async () => {
    stream = await openEventStream(`${h.console.url}/api/events`);
    h.api.faults.takeDown('east');
    h.api.faults.dropWatches('east', 'reset');
    const down = await stream.waitFor(
      (e) =>
        e.event === 'sites' &&
        (e.data as HealthEvent[]).some(
          (s) => s.id === 'east' && s.state !== 'ready' && s.state !== 'connecting',
        ),
    );
    const east = (down.data as HealthEvent[]).find((s) => s.id === 'east');
    expect(east?.message).toMatch(/east/);
    h.api.cluster('west').store.create(connector('frontend', 'hello-world-west'));
    await stream.waitFor(
      (e) =>
        e.event === 'changes' &&
        (e.data as ChangeEvent[]).some((c) => c.site === 'west' && c.resource.metadata.name === 'frontend'),
    );
    const sites = (await (await fetch(`${h.console.url}/api/sites`)).json()) as HealthEvent[];
    expect(sites.find((s) => s.id === 'west')?.state).toBe('ready');
    expect(sites.find((s) => s.id === 'east')?.state).toBe('stale');
  });

  it('streams a change made directly in the API server, as kubectl would make it, with its matching listeners', async () => {
    stream = await openEventStream(`${h.console.url}/api/events`);
    h.api.cluster('east').store.create(connector('backend', 'hello-world-east'));
    h.api.cluster('west').store.create({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Listener',
      metadata: { name: 'backend', namespace: 'hello-world-west' },
      spec: { routingKey: 'backend', host: 'backend', port: 8080 },
    });
    const event = await stream.waitFor(
      (e) =>
        e.event === 'changes' &&
        (e.data as ChangeEvent[]).some(
          (c) => c.kind === 'Connector' && c.site === 'east' && c.matching?.count === 1,
        ),
    );
    expect(event).toBeDefined();
  });
});
