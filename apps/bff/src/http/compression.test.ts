// The web app's files travel compressed to browsers that accept it; API answers and the event stream do not wait
// for a compressor.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, type RunningConsole } from '../server.ts';

let running: RunningConsole;
beforeAll(async () => {
  const webRoot = mkdtempSync(path.join(os.tmpdir(), 'cc-web-'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Connector Console</title>');
  writeFileSync(path.join(webRoot, 'app.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});`);
  running = await startConsole({ backends: [], webRoot });
});
afterAll(() => running.close());

const get = (route: string, accept = '*/*') =>
  fetch(`${running.url}${route}`, { headers: { 'accept-encoding': 'gzip', accept } });

describe('compression', () => {
  it('sends the web app’s scripts gzip-compressed to a browser that accepts it', async () => {
    const response = await get('/app.js');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.text()).length).toBeGreaterThan(20_000);
  });

  it('sends API answers and the event stream as they are', async () => {
    expect((await get('/api/sites')).headers.get('content-encoding')).toBeNull();
    const controller = new AbortController();
    const stream = await fetch(`${running.url}/api/events`, {
      headers: { 'accept-encoding': 'gzip', accept: 'text/event-stream' },
      signal: controller.signal,
    });
    try {
      expect(stream.headers.get('content-encoding')).toBeNull();
    } finally {
      controller.abort();
    }
  });
});
