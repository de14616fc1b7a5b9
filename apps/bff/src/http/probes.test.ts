// The probes a Kubernetes Deployment uses: liveness always, readiness only once every site has been read once.
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../events/EventHub.ts';
import type { ChangeEvent, HealthEvent } from '../events/feed.ts';
import { ConsoleIndex } from '../index/ConsoleIndex.ts';
import { ResourceStore } from '../index/ResourceStore.ts';
import { SiteRegistry } from '../sites/SiteRegistry.ts';
import { createApp } from './app.ts';

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
