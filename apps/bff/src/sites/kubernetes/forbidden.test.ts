// What the console does when Kubernetes RBAC refuses the console's credentials.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiError, SiteSummary } from '@connector-console/model';
import { startHarness, type Harness } from '../../testing/consoleHarness.ts';

let h: Harness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const WRITES = new Set(['create', 'update', 'patch', 'delete']);

async function sites(): Promise<SiteSummary[]> {
  return (await (await fetch(`${h?.console.url ?? ''}/api/sites`)).json()) as SiteSummary[];
}

describe('Kubernetes sites and RBAC', () => {
  it('answers a refused write with 403 in words, and marks the site read-only for these credentials while it keeps serving', async () => {
    h = await startHarness({ auth: { authorize: (a) => !(a.cluster === 'east' && WRITES.has(a.verb)) } });
    const response = await fetch(`${h.console.url}/api/sites/east/connectors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        apiVersion: 'skupper.io/v2alpha1',
        kind: 'Connector',
        metadata: { name: 'backend' },
        spec: { routingKey: 'backend', port: 8080, selector: 'app=backend' },
      }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as ApiError;
    expect(body.error.message).toMatch(/^You may not create connector "backend" in site east: .*forbidden/);
    const east = (await sites()).find((s) => s.id === 'east');
    expect(east).toMatchObject({ state: 'ready', readOnly: true });
    expect((await fetch(`${h.console.url}/api/connectors`)).status).toBe(200);
  });

  it('reports a site whose listeners it may not list as an error, naming the site, while the other site keeps serving', async () => {
    h = await startHarness({
      auth: { authorize: (a) => !(a.cluster === 'west' && a.resource === 'listeners') },
    });
    await vi.waitFor(async () => {
      const west = (await sites()).find((s) => s.id === 'west');
      expect(west?.state).toBe('error');
      expect(west?.message).toMatch(/west/);
      expect(west?.message).toMatch(/forbidden/);
    });
    expect((await sites()).find((s) => s.id === 'east')?.state).toBe('ready');
  });
});
