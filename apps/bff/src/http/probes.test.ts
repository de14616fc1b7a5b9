// The probes a Kubernetes Deployment uses: liveness always, readiness once every site has been read once, or after
// the start time-out.
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../events/EventHub.ts';
import type { ChangeEvent, HealthEvent } from '../events/feed.ts';
import { ConsoleIndex } from '../index/ConsoleIndex.ts';
import { ResourceStore } from '../index/ResourceStore.ts';
import { SiteRegistry } from '../sites/SiteRegistry.ts';
import { createApp } from './app.ts';
import { startConsole } from '../server.ts';
import type { SiteBackend } from '../sites/types.ts';

function appWith(ready: () => boolean) {
  const store = new ResourceStore();
  return createApp({
    registry: new SiteRegistry(store, []),
    index: new ConsoleIndex(store),
    hub: new EventHub<ChangeEvent, HealthEvent>(),
    log: pino({ level: 'silent' }),
    token: 'probes-need-no-token',
    ready,
  });
}

describe('health probes', () => {
  it('answers readiness with 503 while sites are first being read, then 200, without the access token', async () => {
    let ready = false;
    const app = appWith(() => ready);
    expect((await request(app).get('/api/ready')).status).toBe(503);
    expect((await request(app).get('/api/health')).status).toBe(200);
    ready = true;
    expect((await request(app).get('/api/ready')).body).toEqual({ status: 'ready' });
  });
});

describe('start-up', () => {
  it('calls itself ready after its start time-out even while a site never answers, and serves the others', async () => {
    const silent: SiteBackend = {
      info: { id: 'silent', name: 'silent', kind: 'kubernetes', platform: 'kubernetes', namespace: 'ns' },
      start: () => new Promise(() => undefined),
      stop: () => Promise.resolve(),
      createConnector: () => Promise.reject(new Error('not used')),
      replaceConnector: () => Promise.reject(new Error('not used')),
      patchConnector: () => Promise.reject(new Error('not used')),
      deleteConnector: () => Promise.reject(new Error('not used')),
      listTlsCredentials: () => Promise.resolve([]),
      listPods: () => Promise.resolve([]),
      listWorkloads: () => Promise.resolve([]),
    };
    const running = await startConsole({ backends: [silent], startTimeoutMs: 20 });
    try {
      expect((await fetch(`${running.url}/api/ready`)).status).toBe(200);
      const sites = (await (await fetch(`${running.url}/api/sites`)).json()) as { state: string }[];
      expect(sites.map((s) => s.state)).toEqual(['connecting']);
    } finally {
      await running.close();
    }
  });
});
