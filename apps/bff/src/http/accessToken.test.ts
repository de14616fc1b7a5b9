// With an access token, nothing is served without it; without one, the console stays on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { startConsole, type RunningConsole } from '../server.ts';

let running: RunningConsole | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('access token', () => {
  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startConsole({ backends: [], host: '0.0.0.0' })).rejects.toThrow(
      'Refusing to listen on 0.0.0.0 without an access token: pass --token or --per-user, or listen on 127.0.0.1.',
    );
  });

  it('refuses an access token together with per-user mode, where each person brings their own', async () => {
    await expect(
      startConsole({ backends: [], token: 's3cret', perUser: { tokenHeader: 'X-Forwarded-Access-Token' } }),
    ).rejects.toThrow(
      'Per-user mode authenticates each person with their own Kubernetes token; leave out --token.',
    );
  });

  it('answers 401 to an API call without the token, and serves it with a Bearer header', async () => {
    running = await startConsole({ backends: [], token: 's3cret' });
    const without = await fetch(`${running.url}/api/sites`);
    expect(without.status).toBe(401);
    expect(((await without.json()) as { error: { message: string } }).error.message).toContain('?token=');
    const wrong = await fetch(`${running.url}/api/sites`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${running.url}/api/sites`, { headers: { authorization: 'Bearer s3cret' } });
    expect(right.status).toBe(200);
  });

  it('trades the token in the printed URL for an HttpOnly cookie and drops it from the address bar', async () => {
    running = await startConsole({ backends: [], token: 's3cret' });
    const visit = await fetch(`${running.url}/connectors?token=s3cret&site=east`, { redirect: 'manual' });
    expect(visit.status).toBe(303);
    expect(visit.headers.get('location')).toBe('/connectors?site=east');
    const cookie = visit.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const withCookie = await fetch(`${running.url}/api/sites`, {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(withCookie.status).toBe(200);
  });

  it('keeps the health check open for probes', async () => {
    running = await startConsole({ backends: [], token: 's3cret' });
    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
  });
});
