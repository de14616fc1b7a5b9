// Bad or hostile requests are refused with a clear error, and nothing reaches the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@connector-console/model';
import { startHarness, type Harness } from '../testing/consoleHarness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.close();
});

const VALID =
  'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: backend\nspec:\n  routingKey: backend\n  port: 8080\n  selector: app=backend\n';

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.console.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/yaml', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ApiError, text };
}

function nothingWritten(): void {
  expect(h.api.cluster('east').store.list('Connector')).toEqual([]);
}

describe('refused requests', () => {
  it('refuses a POST from another site (Origin) with 403', async () => {
    const answer = await post('/api/sites/east/connectors', VALID, { origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('CrossOrigin');
    nothingWritten();
  });

  it('refuses a POST the browser marks as cross-site (Sec-Fetch-Site) with 403', async () => {
    const answer = await post('/api/sites/east/connectors', VALID, { 'sec-fetch-site': 'cross-site' });
    expect(answer.status).toBe(403);
    nothingWritten();
  });

  it('refuses a form-encoded body with 415, so an HTML form cannot change anything', async () => {
    const answer = await post('/api/sites/east/connectors', 'a=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error.message).toContain('application/json or application/yaml');
    nothingWritten();
  });

  it.each(['..%2Fx', '..', 'a%2Fb', 'UPPER', '%2Fetc%2Fpasswd'])(
    'refuses the name %s before it reaches a URL',
    async (name) => {
      const response = await fetch(`${h.console.url}/api/sites/east/connectors/${name}`, {
        method: 'DELETE',
      });
      expect([400, 404]).toContain(response.status);
      const body = (await response.json()) as ApiError;
      expect(body.error.code).toMatch(/BadRequest|NotFound/);
    },
  );

  it('refuses an oversize body with 413', async () => {
    const answer = await post('/api/sites/east/connectors', `${VALID}# ${'x'.repeat(1024 * 1024)}\n`);
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('PayloadTooLarge');
    nothingWritten();
  });

  it('refuses an alias bomb with 400', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(
        `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    const answer = await post('/api/sites/east/connectors', `${VALID}${levels.join('\n')}\n`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/alias/i);
    nothingWritten();
  });

  it('refuses a body with two documents with 400', async () => {
    const answer = await post('/api/sites/east/connectors', `${VALID}---\n${VALID}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/2 YAML documents|one document/i);
    nothingWritten();
  });

  it('refuses a resource of the wrong kind with 422 naming kind', async () => {
    const answer = await post(
      '/api/sites/east/connectors',
      VALID.replace('kind: Connector', 'kind: Listener'),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error.details?.problems?.map((p) => p.path)).toContain('kind');
    nothingWritten();
  });

  it('reports a YAML syntax error with its line', async () => {
    const answer = await post(
      '/api/sites/east/connectors',
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: a: b\n',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.details?.problems?.[0]).toMatchObject({ line: 4, column: 9 });
    expect(answer.body.error.message).toContain('line 4');
    nothingWritten();
  });

  it('reports every field error at once, each with the field, what is allowed, and its line', async () => {
    const bad =
      'apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:\n  name: Bad_Name\nspec:\n  routingKey: backend\n  port: 70000\n  selector: app=backend\n  host: backend\n';
    const answer = await post('/api/sites/east/connectors', bad);
    expect(answer.status).toBe(422);
    const problems = answer.body.error.details?.problems ?? [];
    expect(problems.map((p) => [p.path, p.line])).toEqual(
      expect.arrayContaining([
        ['metadata.name', 4],
        ['spec.port', 7],
        ['spec.selector', 8],
        ['spec.host', 9],
      ]),
    );
    expect(problems.find((p) => p.path === 'spec.port')?.message).toContain('65535');
    nothingWritten();
  });

  it('refuses malformed JSON with 400 and says it is not JSON', async () => {
    const answer = await post('/api/sites/east/connectors', '{"apiVersion": ', {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain('not valid JSON');
    nothingWritten();
  });

  it('never sends a stack trace', async () => {
    const answer = await post('/api/sites/east/connectors', '{"apiVersion": ', {
      'content-type': 'application/json',
    });
    expect(answer.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('sets security headers with a content security policy', async () => {
    const response = await fetch(`${h.console.url}/api/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
