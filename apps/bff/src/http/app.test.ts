import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from './app.ts';

describe('BFF application', () => {
  it('answers the health check', async () => {
    const res = await request(createApp()).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers an unknown API path with a JSON 404, not the web page', async () => {
    const res = await request(createApp()).get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NotFound');
  });
});
