// Behind a proxy that rewrites Host, the same-origin check uses the host the browser saw, but only from proxies
// the console was told to trust.
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../events/EventHub.ts';
import type { ChangeEvent, HealthEvent } from '../events/feed.ts';
import { ConsoleIndex } from '../index/ConsoleIndex.ts';
import { ResourceStore } from '../index/ResourceStore.ts';
import { SiteRegistry } from '../sites/SiteRegistry.ts';
import { createApp } from './app.ts';

function appTrusting(trustProxy?: string) {
  const store = new ResourceStore();
  return createApp({
    registry: new SiteRegistry(store, []),
    index: new ConsoleIndex(store),
    hub: new EventHub<ChangeEvent, HealthEvent>(),
    log: pino({ level: 'silent' }),
    ...(trustProxy ? { trustProxy } : {}),
  });
}

/** A change sent by a browser at https://console.example.com, through a proxy that set Host to its upstream. */
const proxied = (app: ReturnType<typeof appTrusting>) =>
  request(app)
    .post('/api/validate?site=east')
    .set('host', 'connector-console:8080')
    .set('origin', 'https://console.example.com')
    .set('x-forwarded-host', 'console.example.com')
    .set('x-forwarded-proto', 'https')
    .set('content-type', 'application/yaml')
    .send('kind: Connector\n');

describe('trusted proxies', () => {
  it('refuses a change whose Origin is not the Host it arrived with, when no proxy is trusted', async () => {
    const answer = await proxied(appTrusting());
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: 'CrossOrigin' } });
  });

  it('accepts it from a trusted proxy that says which host the browser used', async () => {
    const answer = await proxied(appTrusting('loopback'));
    expect(answer.body).not.toMatchObject({ error: { code: 'CrossOrigin' } });
    expect(answer.body).toMatchObject({
      error: { code: 'NotFound', message: 'No site "east" is configured.' },
    });
  });

  it('still refuses another site’s page that claims the right host through the header', async () => {
    const answer = await proxied(appTrusting('loopback')).set('origin', 'https://evil.example');
    expect(answer.status).toBe(403);
  });
});
