import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../testing/apiServer.ts';
import { listenerItem, site } from '../testing/fixtures.ts';
import { stubLayout } from '../testing/layout.ts';
import { renderApp } from '../testing/renderApp.tsx';

const LISTENERS = [
  listenerItem('west', 'web-client', 'web', { count: 1, siteCount: 1 }),
  listenerItem('east', 'db-client', 'db'),
];

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
  it('lists every listener with its address and how many connectors match, linking to them', async () => {
    renderApp('/listeners', server.url);
    const table = await screen.findByRole('grid', { name: 'Listeners' });
    const row = within(table).getByText('web-client').closest('tr');
    if (!row) throw new Error('no row for web-client');
    expect(within(row).getByText('web-client:8080')).toBeTruthy();
    const matching = within(row).getByRole('link', { name: /1 connector in 1 site/ });
    expect(matching.getAttribute('href')).toBe('/connectors?q=web');
    expect(await within(row).findByText('West')).toBeTruthy();
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
