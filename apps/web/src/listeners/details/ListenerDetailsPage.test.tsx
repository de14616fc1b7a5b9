import type { ListenerEntry, ListenerListItem, MatchedConnector } from '@connector-console/model';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../testing/apiServer.ts';
import { FakeStream } from '../../testing/fakeStream.ts';
import { change, connectorItem, listener, site } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/renderApp.tsx';

const matched = (siteId: string, name: string, extra: Partial<MatchedConnector> = {}): MatchedConnector => ({
  site: siteId,
  name,
  selector: `app=${name}`,
  port: 8080,
  phase: 'Ready',
  ...extra,
});

function entry(name: string, connectors: MatchedConnector[], extra: Partial<ListenerEntry['matching']> = {}) {
  const resource = listener(name, 'api');
  const matching = {
    routingKey: 'api',
    siteCount: new Set(connectors.map((c) => c.site)).size,
    networkView: 'available' as const,
    agreement: 'agree' as const,
    connectors,
    networkSites: [],
    hasMatchingConnector: true,
    ...extra,
  };
  return { site: 'west', resource, matching } satisfies ListenerEntry;
}

/** The listener as the list and live changes carry it: the matching answer in short. */
function itemOf({ site: siteId, resource, matching }: ListenerEntry): ListenerListItem {
  return {
    site: siteId,
    resource,
    matching: {
      routingKey: matching.routingKey,
      count: matching.connectors.length,
      siteCount: matching.siteCount,
      controllerMatched: matching.hasMatchingConnector,
      agreement: matching.agreement,
      names: matching.connectors.slice(0, 3).map(({ site: s, name }) => ({ site: s, name })),
    },
  };
}

const API = entry('api-client', [
  matched('east', 'api-a'),
  matched('east', 'api-b', { phase: 'Error' }),
  matched('east', 'api-c'),
  matched('west', 'api', { selector: undefined, host: 'api.internal', port: 9090 }),
  matched('west', 'api-z'),
]);
const LONELY = entry('lonely', [], {
  agreement: 'controller-only',
  note: 'The controller reports a matching connector, but none of the sites this console is configured for has one.',
  networkSites: [{ siteName: 'north', namespace: 'shop', connectors: ['10.0.0.9'] }],
});

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.route({
    'GET /api/sites': { body: [site('east', { name: 'East' }), site('west', { name: 'West' })] },
    'GET /api/listeners': { body: { items: [API, LONELY].map(itemOf) } },
    'GET /api/sites/west/listeners/api-client': { body: API },
    'GET /api/sites/west/listeners/lonely': { body: LONELY },
  });
});
afterEach(cleanup);

describe('ListenerDetailsPage', () => {
  it('shows the status, the message in plain words, the routing key and the address', async () => {
    renderApp('/sites/west/listeners/api-client', server.url);
    const heading = await screen.findByRole('heading', { name: 'api-client', level: 1 });
    expect(within(heading.parentElement ?? document.body).getByText('Ready')).toBeTruthy();
    expect(screen.getByText('Nothing to do.')).toBeTruthy();
    const described = (term: string) =>
      screen.getByText(term).closest('.pf-v6-c-description-list__group')?.querySelector('dd')?.textContent;
    expect(described('Routing key')).toBe('api');
    expect(described('Host and port')).toBe('api-client:8080');
  });

  it('lists every matching connector with its site, target and status, linking to its page', async () => {
    renderApp('/sites/west/listeners/api-client', server.url);
    const table = await screen.findByRole('grid', { name: 'Matching connectors' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    const link = within(table).getByRole('link', { name: 'api-z' });
    expect(link.getAttribute('href')).toBe('/sites/west/connectors/api-z');
    const row = within(table).getByRole('link', { name: 'api' }).closest('tr');
    if (!row) throw new Error('no row for api');
    expect(await within(row).findByText('West')).toBeTruthy();
    expect(within(row).getByText('api.internal:9090')).toBeTruthy();
    const failing = within(table).getByRole('link', { name: 'api-b' }).closest('tr');
    expect(within(failing ?? table).getByText('Error')).toBeTruthy();
  });

  it('says what the controller reports, and why it disagrees with the console', async () => {
    renderApp('/sites/west/listeners/lonely', server.url);
    expect(await screen.findByText('The controller sees a match the console does not')).toBeTruthy();
    expect(screen.getByText(/none of the sites this console is configured for has one/)).toBeTruthy();
    expect(
      screen.getByText('No configured site has a connector with this routing key.', { exact: false }),
    ).toBeTruthy();
    const network = screen.getByRole('list', { name: /Sites with connectors/ });
    expect(within(network).getByText(/north \(namespace shop\): connectors to 10\.0\.0\.9/)).toBeTruthy();
  });

  it('says so when the listener does not exist', async () => {
    renderApp('/sites/west/listeners/gone', server.url);
    expect(await screen.findByRole('heading', { name: 'Listener gone was not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to listeners' }).getAttribute('href')).toBe('/listeners');
  });

  it('shows a failed request where the listener would be, with a way to try again', async () => {
    server.route({
      'GET /api/sites/west/listeners/api-client': {
        status: 503,
        body: { error: { code: 'SiteUnavailable', message: 'Site West cannot be reached.' } },
      },
    });
    renderApp('/sites/west/listeners/api-client', server.url);
    expect(await screen.findByText('Could not load listener api-client')).toBeTruthy();
    expect(screen.getByText('Site West cannot be reached.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('ListenerDetailsPage with live updates', () => {
  async function openLive(path: string) {
    const stream = new FakeStream();
    renderApp(path, server.url, { openStream: () => stream });
    await screen.findByRole('heading', { level: 1 });
    return stream;
  }

  it('fetches the full answer again when a change brings news of the listener’s connectors', async () => {
    const stream = await openLive('/sites/west/listeners/lonely');
    const served = entry('lonely', [matched('east', 'fresh')]);
    server.route({ 'GET /api/sites/west/listeners/lonely': { body: served } });
    act(() => stream.send('changes', [change('MODIFIED', itemOf(served))]));
    const table = await screen.findByRole('grid', { name: 'Matching connectors' });
    expect(within(table).getByRole('link', { name: 'fresh' })).toBeTruthy();
  });

  it('shows a matching connector’s new status once a change reports it', async () => {
    const stream = await openLive('/sites/west/listeners/api-client');
    const table = await screen.findByRole('grid', { name: 'Matching connectors' });
    const row = () => within(table).getByRole('link', { name: 'api-b' }).closest('tr') ?? table;
    expect(within(row()).getByText('Error')).toBeTruthy();
    const recovered = entry('api-client', [
      matched('east', 'api-a'),
      matched('east', 'api-b'),
      matched('east', 'api-c'),
    ]);
    server.route({ 'GET /api/sites/west/listeners/api-client': { body: recovered } });
    act(() =>
      stream.send('changes', [change('MODIFIED', connectorItem('east', 'api-b', { routingKey: 'api' }))]),
    );
    await waitFor(() => expect(within(row()).getByText('Ready')).toBeTruthy());
    expect(within(row()).queryByText('Error')).toBeNull();
  });

  it('says the listener is gone once a change reports it deleted', async () => {
    const stream = await openLive('/sites/west/listeners/api-client');
    server.route({
      'GET /api/sites/west/listeners/api-client': {
        status: 404,
        body: { error: { code: 'NotFound', message: 'Listener "api-client" was not found in site West.' } },
      },
    });
    act(() => stream.send('changes', [change('DELETED', itemOf(API))]));
    expect(await screen.findByRole('heading', { name: 'Listener api-client was not found' })).toBeTruthy();
  });
});
