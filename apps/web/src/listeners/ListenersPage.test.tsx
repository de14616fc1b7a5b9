import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../testing/apiServer.ts';
import { listenerItem, site } from '../testing/fixtures.ts';
import { stubLayout } from '../testing/layout.ts';
import { renderApp } from '../testing/renderApp.tsx';

const LISTENERS = [
  listenerItem('west', 'web-client', 'web', {
    count: 1,
    siteCount: 1,
    names: [{ site: 'east', name: 'web' }],
  }),
  listenerItem('east', 'db-client', 'db'),
  listenerItem('east', 'api-client', 'api', {
    count: 5,
    siteCount: 2,
    names: [
      { site: 'east', name: 'api-a' },
      { site: 'east', name: 'api-b' },
      { site: 'west', name: 'api' },
    ],
  }),
  listenerItem('west', 'old-client', 'old', { count: 2, siteCount: 1 }),
];

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const row = within(table).getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

let server: ApiServer;
let restoreLayout: () => void;
beforeAll(async () => {
  server = await startApiServer({});
  restoreLayout = stubLayout();
});
afterAll(async () => {
  restoreLayout();
  await server.close();
});
beforeEach(() => {
  server.route({
    'GET /api/sites': { body: [site('east', { name: 'East' }), site('west', { name: 'West' })] },
    'GET /api/listeners': { body: { items: LISTENERS } },
  });
});
afterEach(cleanup);

describe('ListenersPage', () => {
  it('lists every listener with its address and names the connectors it matches, linking to each', async () => {
    renderApp('/listeners', server.url);
    const table = await screen.findByRole('grid', { name: 'Listeners' });
    const row = rowOf(table, 'web-client');
    expect(within(row).getByText('web-client:8080')).toBeTruthy();
    expect(await within(row).findByText('West')).toBeTruthy();
    const web = await within(row).findByRole('link', { name: 'web (East)' });
    expect(web.getAttribute('href')).toBe('/sites/east/connectors/web');
    expect(within(row).queryByRole('link', { name: /more/ })).toBeNull();
    expect(within(rowOf(table, 'db-client')).getByText('None')).toBeTruthy();
  });

  it('names the first three matching connectors and links the rest to the connector list', async () => {
    renderApp('/listeners', server.url);
    const table = await screen.findByRole('grid', { name: 'Listeners' });
    const row = rowOf(table, 'api-client');
    const named = within(row)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(named).toEqual(['api-client', 'api-a (East)', 'api-b (East)', 'api (West)', 'and 2 more']);
    const more = within(row).getByRole('link', { name: 'and 2 more connectors with routing key api' });
    expect(more.getAttribute('href')).toBe('/connectors?q=api');
  });

  it('links the count to the connector list when the server names no connectors', async () => {
    renderApp('/listeners', server.url);
    const table = await screen.findByRole('grid', { name: 'Listeners' });
    const count = within(rowOf(table, 'old-client')).getByRole('link', { name: /2 connectors in 1 site/ });
    expect(count.getAttribute('href')).toBe('/connectors?q=old');
  });

  it('opens a listener’s page from its name', async () => {
    renderApp('/listeners', server.url);
    const table = await screen.findByRole('grid', { name: 'Listeners' });
    const link = within(table).getByRole('link', { name: 'web-client' });
    expect(link.getAttribute('href')).toBe('/sites/west/listeners/web-client');
  });

  it('filters by text and keeps the filter in the URL', async () => {
    const { search } = renderApp('/listeners', server.url);
    await screen.findByRole('grid', { name: 'Listeners' });
    fireEvent.change(screen.getByRole('textbox', { name: /Filter listeners/ }), { target: { value: 'db' } });
    await waitFor(() => expect(screen.queryByText('web-client')).toBeNull());
    expect(screen.getByText('db-client')).toBeTruthy();
    expect(search().get('q')).toBe('db');
  });

  it('says what listeners are for when there are none', async () => {
    server.route({ 'GET /api/listeners': { body: { items: [] } } });
    renderApp('/listeners', server.url);
    expect(await screen.findByRole('heading', { name: 'No listeners in any site' })).toBeTruthy();
  });
});
