// Per-user mode against the test API server: two people with different RBAC rights use one console.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  ApiError,
  Connector,
  ConnectorListItem,
  ListenerListItem,
  SessionAnswer,
  SiteSummary,
} from '@connector-console/model';
import type { KubeObject, RequestAttributes } from '@connector-console/testkit';
import { startHarness, type Harness } from '../testing/consoleHarness.ts';
import { openEventStream } from '../testing/sseClient.ts';
import { AccessCache } from './AccessCache.ts';

const HEADER = 'X-Forwarded-Access-Token';
const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-9876543210';
const USERS: Record<string, string> = { [ALICE]: 'alice', [BOB]: 'bob' };
/** Known to east's identity provider only. */
const CAROL = 'carol-token-5555555555';
const READS = new Set(['get', 'list', 'watch']);

/** Alice may change connectors in east and read west; Bob may only read east. The console's own account reads all. */
function allowed(a: RequestAttributes): boolean {
  if (a.user.name === 'admin') return READS.has(a.verb);
  if (a.user.name === 'alice') return a.cluster === 'east' || READS.has(a.verb);
  if (a.user.name === 'bob' || a.user.name === 'carol') return a.cluster === 'east' && READS.has(a.verb);
  return false;
}

const connector = (name: string, namespace?: string): Connector => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  spec: { routingKey: name, port: 8080, selector: `app=${name}` },
});

let h: Harness;
let url: string;
const asked: RequestAttributes[] = [];
const logged: string[] = [];

const as = (token: string | undefined, init: RequestInit = {}) => ({
  ...init,
  headers: { ...(token ? { [HEADER]: token } : {}), ...(init.headers as Record<string, string>) },
});
const json = async <T>(response: Response) => (await response.json()) as T;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  h = await startHarness({
    perUser: { tokenHeader: HEADER },
    log: pino({ level: 'trace' }, sink),
    auth: {
      authenticate: (token, cluster) => {
        if (token === CAROL) return cluster === 'east' ? { name: 'carol' } : undefined;
        if (token && USERS[token]) return { name: USERS[token] };
        return token === h.api.cluster(cluster).token ? { name: 'admin' } : undefined;
      },
      authorize: (a) => {
        asked.push(a);
        return allowed(a);
      },
    },
  });
  url = h.console.url;
  h.api.cluster('east').store.create(connector('east-db', 'hello-world-east') as unknown as KubeObject);
  h.api.cluster('west').store.create(connector('west-db', 'hello-world-west') as unknown as KubeObject);
});

afterAll(() => h.close());

describe('per-user mode', () => {
  it('asks a request without a token to sign in, and says so in the session answer', async () => {
    const list = await fetch(`${url}/api/connectors`);
    expect(list.status).toBe(401);
    expect((await json<ApiError>(list)).error.code).toBe('SignInRequired');
    expect(await json<SessionAnswer>(await fetch(`${url}/api/session`))).toEqual({
      mode: 'per-user',
      signedIn: false,
    });
  });

  it('signs in with a pasted token, naming the user, and keeps it only in an HttpOnly same-site cookie', async () => {
    const response = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: ALICE }),
    });
    expect(response.status).toBe(200);
    expect(await json<SessionAnswer>(response)).toMatchObject({
      signedIn: true,
      user: 'alice',
      via: 'sign-in',
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^connector_console_user=alice-token/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = await fetch(`${url}/api/session`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(await json<SessionAnswer>(session)).toMatchObject({
      signedIn: true,
      user: 'alice',
      via: 'sign-in',
    });
  });

  it('refuses to sign in with a token no site accepts, or with something that is not a token, and sets no cookie', async () => {
    const unknown = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'nobody-knows-this-token' }),
    });
    expect(unknown.status).toBe(401);
    expect((await json<ApiError>(unknown)).error.message).toMatch(/No site accepted this token/);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    const bad = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'has spaces in it' }),
    });
    expect(bad.status).toBe(422);
    expect((await json<ApiError>(bad)).error.message).toMatch(/^token: /);
    expect(bad.headers.get('set-cookie')).toBeNull();
  });

  it('shows each person what RBAC lets them do in each site', async () => {
    const access = async (token: string) =>
      Object.fromEntries(
        (await json<SiteSummary[]>(await fetch(`${url}/api/sites`, as(token)))).map((s) => [s.id, s.access]),
      );
    expect(await access(ALICE)).toEqual({
      east: { read: true, create: true, update: true, delete: true },
      west: { read: true, create: false, update: false, delete: false },
    });
    expect(await access(BOB)).toEqual({
      east: { read: true, create: false, update: false, delete: false },
      west: { read: false, create: false, update: false, delete: false },
    });
  });

  it('lists only the connectors of sites the person may read, and refuses the others by name', async () => {
    const names = async (token: string) =>
      (await json<{ items: ConnectorListItem[] }>(await fetch(`${url}/api/connectors`, as(token)))).items
        .map((i) => `${i.site}/${i.resource.metadata.name ?? ''}`)
        .sort();
    expect(await names(ALICE)).toEqual(['east/east-db', 'west/west-db']);
    expect(await names(BOB)).toEqual(['east/east-db']);
    const refused = await fetch(`${url}/api/sites/west/connectors/west-db`, as(BOB));
    expect(refused.status).toBe(403);
    expect((await json<ApiError>(refused)).error.message).toMatch(/site west/);
  });

  it('neither counts nor names in a listener’s summary the connectors of sites the person may not read', async () => {
    h.api.cluster('east').store.create({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Listener',
      metadata: { name: 'db-listener', namespace: 'hello-world-east' },
      spec: { routingKey: 'west-db', port: 5432, host: 'db' },
    } as unknown as KubeObject);
    const names = async (token: string) => {
      const list = await json<{ items: ListenerListItem[] }>(await fetch(`${url}/api/listeners`, as(token)));
      const item = list.items.find((i) => i.resource.metadata.name === 'db-listener');
      return item && { count: item.matching.count, names: item.matching.names };
    };
    await vi.waitFor(async () =>
      expect(await names(ALICE)).toEqual({ count: 1, names: [{ site: 'west', name: 'west-db' }] }),
    );
    expect(await names(BOB)).toEqual({ count: 0, names: [] });
  });

  it("makes each write with the person's own token, so RBAC decides, without marking the site read-only for others", async () => {
    const post = (token: string, name: string) =>
      fetch(
        `${url}/api/sites/east/connectors`,
        as(token, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(connector(name)),
        }),
      );
    const refused = await post(BOB, 'from-bob');
    expect(refused.status).toBe(403);
    expect((await json<ApiError>(refused)).error.message).toMatch(/User "bob" cannot create/);
    const created = await post(ALICE, 'from-alice');
    expect(created.status).toBe(201);
    expect(asked.some((a) => a.verb === 'create' && a.user.name === 'alice' && a.name === undefined)).toBe(
      true,
    );
    const sites = await json<SiteSummary[]>(await fetch(`${url}/api/sites`, as(ALICE)));
    expect(sites.find((s) => s.id === 'east')?.readOnly).toBeUndefined();
  });

  it('keeps a person signed in whose token only one cluster accepts, refusing only what the other would do', async () => {
    const names = (
      await json<{ items: ConnectorListItem[] }>(await fetch(`${url}/api/connectors`, as(CAROL)))
    ).items;
    expect(names.map((i) => i.site)).not.toContain('west');
    expect(names.map((i) => i.site)).toContain('east');
    const refused = await fetch(`${url}/api/sites/west/workloads`, as(CAROL));
    expect(refused.status).toBe(403);
    expect((await json<ApiError>(refused)).error.message).toMatch(/^Site west does not accept your token/);
  });

  it('streams only the changes of sites the person may read', async () => {
    const bob = await openEventStream(`${url}/api/events`, { [HEADER]: BOB });
    const alice = await openEventStream(`${url}/api/events`, { [HEADER]: ALICE });
    const mentions = (name: string) => (e: { data: unknown }) => JSON.stringify(e.data).includes(name);
    try {
      h.api.cluster('west').store.create(connector('west-new', 'hello-world-west') as unknown as KubeObject);
      h.api.cluster('east').store.create(connector('east-new', 'hello-world-east') as unknown as KubeObject);
      await alice.waitFor(mentions('west-new'));
      await alice.waitFor(mentions('east-new'));
      // Events arrive in order: once Bob sees a later change, he has read everything sent before it.
      h.api.cluster('east').store.create(connector('east-last', 'hello-world-east') as unknown as KubeObject);
      await bob.waitFor(mentions('east-last'));
      expect(bob.events.some(mentions('east-new'))).toBe(true);
      // The first event already says what Bob may do in each site, so nothing is shown as his before it is known.
      const hello = bob.events.find((e) => e.event === 'sites')?.data as SiteSummary[];
      expect(hello.find((s) => s.id === 'west')?.access).toEqual({
        read: false,
        create: false,
        update: false,
        delete: false,
      });
      expect(bob.events.some(mentions('west-new'))).toBe(false);
    } finally {
      bob.close();
      alice.close();
    }
  });

  it('never writes a token to the log', () => {
    const text = logged.join('');
    expect(text).not.toContain(ALICE);
    expect(text).not.toContain(BOB);
  });
});

describe('per-user mode over time', () => {
  let rights: { bobReadsEast: boolean };
  let later: Harness;

  beforeAll(async () => {
    rights = { bobReadsEast: true };
    later = await startHarness({
      perUser: { tokenHeader: HEADER, access: new AccessCache({ ttlMs: 1 }), recheckMs: 20 },
      auth: {
        authenticate: (token) => (token && USERS[token] ? { name: USERS[token] } : { name: 'admin' }),
        authorize: (a) =>
          a.user.name === 'bob' ? rights.bobReadsEast && a.cluster === 'east' : READS.has(a.verb),
      },
    });
  });
  afterAll(() => later.close());

  it('ends an open event stream once the person’s rights change, so that it reconnects with the new ones', async () => {
    later.api.cluster('east').store.create(connector('east-db', 'hello-world-east') as unknown as KubeObject);
    const listed = async () =>
      (await json<{ items: unknown[] }>(await fetch(`${later.console.url}/api/connectors`, as(BOB)))).items;
    await vi.waitFor(async () => expect(await listed()).toHaveLength(1));
    const stream = await openEventStream(`${later.console.url}/api/events`, { [HEADER]: BOB });
    try {
      rights.bobReadsEast = false;
      await stream.ended;
      expect(await listed()).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it('takes no token that could not be sent on, so it can never show up in an error or a log', async () => {
    const response = await fetch(`${later.console.url}/api/connectors`, {
      headers: { cookie: 'connector_console_user=SECRET%C4%80' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('SECRET');
  });
});
