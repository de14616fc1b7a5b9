import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiServer, type ApiServer } from '../../testing/apiServer.ts';
import { FakeStream } from '../../testing/fakeStream.ts';
import { change, connectorItem, matchedListener, READY_STATUS, site } from '../../testing/fixtures.ts';
import { stubLayout } from '../../testing/layout.ts';
import { renderApp } from '../../testing/renderApp.tsx';

const SITES = [
  site('east', { name: 'East' }),
  site('west', { name: 'West', platform: 'podman', kind: 'system' }),
];
const CONNECTORS = [
  connectorItem('east', 'web', {
    status: READY_STATUS,
    matching: { listeners: [matchedListener('west', 'web')] },
  }),
  connectorItem('east', 'db', {
    host: 'db.internal',
    port: 5432,
    status: { status: 'Error', message: 'No matching listeners' },
  }),
  connectorItem('west', 'cache'),
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
afterEach(cleanup);

function routeDefaults() {
  server.route({ 'GET /api/sites': { body: SITES }, 'GET /api/connectors': { body: { items: CONNECTORS } } });
}

const rowNames = () =>
  within(screen.getByRole('grid', { name: 'Connectors' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('ConnectorsPage', () => {
  it('lists every connector of every site with its site, target, status in words and matching', async () => {
    routeDefaults();
    renderApp('/connectors', server.url);
    const table = await screen.findByRole('grid', { name: 'Connectors' });
    expect(table.getAttribute('aria-rowcount')).toBe('4');
    const web = within(table).getByRole('link', { name: 'web' }).closest('tr');
    if (!web) throw new Error('no row for web');
    expect(await within(web).findByText('East')).toBeTruthy();
    expect(within(web).getByText('app=web (port 8080)')).toBeTruthy();
    expect(within(web).getByText('Ready')).toBeTruthy();
    expect(within(web).getByText('1 listener in 1 site')).toBeTruthy();
    expect(within(table).getByText('db.internal:5432')).toBeTruthy();
    expect(within(table).getByText('Not reconciled')).toBeTruthy();
  });

  it('links each connector to its details page under its site', async () => {
    routeDefaults();
    renderApp('/connectors', server.url);
    const link = await screen.findByRole('link', { name: 'db' });
    expect(link.getAttribute('href')).toBe('/sites/east/connectors/db');
  });

  it('applies filters from the URL, so a shared link shows the same view', async () => {
    routeDefaults();
    renderApp('/connectors?status=Error', server.url);
    await screen.findByRole('grid', { name: 'Connectors' });
    expect(rowNames()).toEqual(['db']);
    expect(screen.getByText('1 of 3 connectors')).toBeTruthy();
  });

  it('keeps the text filter and the site filter in the URL as they change', async () => {
    routeDefaults();
    const { search } = renderApp('/connectors', server.url);
    await screen.findByRole('grid', { name: 'Connectors' });
    await screen.findByRole('option', { name: 'West' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'west' } });
    await waitFor(() => expect(rowNames()).toEqual(['cache']));
    expect(search().get('site')).toBe('west');
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Filter connectors/ }), {
      target: { value: 'internal' },
    });
    await waitFor(() => expect(rowNames()).toEqual(['db']));
    expect(search().get('q')).toBe('internal');
    expect(search().has('site')).toBe(false);
  });

  it('sorts by a column when its header is pressed, and remembers it in the URL', async () => {
    routeDefaults();
    const { search } = renderApp('/connectors', server.url);
    await screen.findByRole('grid', { name: 'Connectors' });
    expect(rowNames()).toEqual(['cache', 'db', 'web']);
    fireEvent.click(screen.getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(rowNames()).toEqual(['db', 'cache', 'web']));
    expect(search().get('sort')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(rowNames()).toEqual(['web', 'cache', 'db']));
    expect(search().get('dir')).toBe('desc');
  });

  it('offers to clear the filters when nothing matches them', async () => {
    routeDefaults();
    const { search } = renderApp('/connectors?q=nothing-like-this', server.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear all filters' }));
    await screen.findByRole('grid', { name: 'Connectors' });
    expect(search().has('q')).toBe(false);
  });

  it('leads to "Create connector" when there are no connectors at all', async () => {
    routeDefaults();
    server.route({ 'GET /api/connectors': { body: { items: [] } } });
    renderApp('/connectors', server.url);
    await screen.findByRole('heading', { name: 'No connectors yet' });
    const create = await screen.findAllByRole('link', { name: 'Create connector' });
    expect(create.map((link) => link.getAttribute('href'))).toContain('/connectors/new');
  });

  it('does not offer "Create connector" when no site lets the person create one', async () => {
    const noCreate = { read: true, create: false, update: true, delete: true };
    server.route({
      'GET /api/sites': {
        body: [site('east', { access: noCreate }), site('west', { kind: 'system', readOnly: true })],
      },
      'GET /api/connectors': { body: { items: [] } },
    });
    const { queryClient } = renderApp('/connectors', server.url);
    await screen.findByText(/No site you can see lets you create connectors/);
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.queryByRole('link', { name: 'Create connector' })).toBeNull();
    cleanup();
    server.route({ 'GET /api/connectors': { body: { items: CONNECTORS } } });
    renderApp('/connectors', server.url);
    await screen.findByRole('grid', { name: 'Connectors' });
    await screen.findByRole('option', { name: 'east' });
    expect(screen.queryByRole('link', { name: 'Create connector' })).toBeNull();
  });

  it('shows a banner for each site that is down or stale above the list', async () => {
    routeDefaults();
    server.route({
      'GET /api/sites': {
        body: [
          site('east', { name: 'East', state: 'error', message: 'Connection refused.' }),
          site('west', { state: 'stale' }),
        ],
      },
    });
    renderApp('/connectors', server.url);
    expect(await screen.findByText('Site East is unreachable')).toBeTruthy();
    expect(screen.getByText('Site west is out of date')).toBeTruthy();
    expect(await screen.findByRole('grid', { name: 'Connectors' })).toBeTruthy();
  });

  it('keeps the page and the site banners when the connector list fails to load', async () => {
    routeDefaults();
    server.route({
      'GET /api/connectors': {
        status: 503,
        body: { error: { code: 'Unavailable', message: 'The index is rebuilding.' } },
      },
      'GET /api/sites': { body: [site('east', { state: 'error' })] },
    });
    renderApp('/connectors', server.url);
    expect(await screen.findByText('Could not load connectors')).toBeTruthy();
    expect(screen.getByText('The index is rebuilding.')).toBeTruthy();
    expect(await screen.findByText('Site east is unreachable')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Connectors', level: 1 })).toBeTruthy();
  });

  it('renders only the rows in view out of ten thousand, while announcing the full row count', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      connectorItem('east', `svc-${String(i).padStart(5, '0')}`),
    );
    server.route({ 'GET /api/sites': { body: SITES }, 'GET /api/connectors': { body: { items: many } } });
    renderApp('/connectors', server.url);
    const table = await screen.findByRole('grid', { name: 'Connectors' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    expect(within(table).getByRole('link', { name: 'svc-00000' })).toBeTruthy();
  });
});

describe('ConnectorsPage with live updates', () => {
  it('updates a row in place when the stream reports a change, and highlights it briefly', async () => {
    routeDefaults();
    const stream = new FakeStream();
    renderApp('/connectors', server.url, { openStream: () => stream });
    const table = await screen.findByRole('grid', { name: 'Connectors' });
    const dbRow = () => within(table).getByRole('link', { name: 'db' }).closest('tr');
    expect(dbRow()?.classList.contains('cc-row-changed')).toBe(false);
    const fixed = connectorItem('east', 'db', {
      version: '2',
      host: 'db.internal',
      port: 5432,
      status: READY_STATUS,
      matching: { listeners: [matchedListener('west', 'db')] },
    });
    act(() => stream.send('changes', [change('MODIFIED', fixed)]));
    await waitFor(() => expect(within(dbRow() ?? table).getByText('Ready')).toBeTruthy());
    expect(dbRow()?.classList.contains('cc-row-changed')).toBe(true);
    expect(
      within(table).getByRole('link', { name: 'web' }).closest('tr')?.classList.contains('cc-row-changed'),
    ).toBe(false);
  });

  it('removes a row deleted elsewhere and adds one created elsewhere', async () => {
    routeDefaults();
    const stream = new FakeStream();
    renderApp('/connectors', server.url, { openStream: () => stream });
    await screen.findByRole('grid', { name: 'Connectors' });
    act(() =>
      stream.send('changes', [
        change('DELETED', CONNECTORS[1] ?? connectorItem('east', 'db')),
        change('ADDED', connectorItem('west', 'api')),
      ]),
    );
    await waitFor(() => expect(rowNames()).toEqual(['api', 'cache', 'web']));
  });
});
