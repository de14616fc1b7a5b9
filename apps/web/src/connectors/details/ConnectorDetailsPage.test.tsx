import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../testing/apiServer.ts';
import {
  condition,
  connectorEntry,
  matchedListener,
  READY_STATUS,
  site,
  toListItem,
} from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/renderApp.tsx';

const SITES = [
  site('east', { name: 'East' }),
  site('west', { name: 'West', kind: 'system', platform: 'podman', statusLive: false }),
];
const WEB = connectorEntry('east', 'web', {
  version: '7',
  status: READY_STATUS,
  matching: {
    listeners: [matchedListener('west', 'web-client', { host: 'web.local', port: 9090 })],
    siteCount: 1,
  },
});
const DB = connectorEntry('west', 'db', {
  host: 'db.internal',
  port: 5432,
  status: {
    status: 'Error',
    message: 'No matching listeners',
    conditions: [condition('Configured', 'True'), condition('Matched', 'False', 'No matching listeners')],
  },
  matching: {
    agreement: 'controller-only',
    note: 'The controller reports a matching listener, but none of the sites this console is configured for has one.',
  },
});
const POD = { name: 'web-5d8f', ip: '10.0.0.7', phase: 'Running', ready: true, labels: { app: 'web' } };

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.route({
    'GET /api/sites': { body: SITES },
    'GET /api/connectors': { body: { items: [WEB, DB].map(toListItem) } },
    'GET /api/sites/east/connectors/web': { body: WEB },
    'GET /api/sites/west/connectors/db': { body: DB },
    'GET /api/sites/east/pods': { body: { items: [POD] } },
    'DELETE /api/sites/east/connectors/web': { body: { site: 'east', name: 'web', deleted: true } },
  });
});
afterEach(cleanup);

describe('ConnectorDetailsPage', () => {
  it('shows the status, the message in plain words and the conditions', async () => {
    renderApp('/sites/east/connectors/web', server.url);
    const heading = await screen.findByRole('heading', { name: 'web', level: 1 });
    const titleLine = heading.parentElement ?? document.body;
    expect(within(titleLine).getByText('Ready')).toBeTruthy();
    expect(screen.getByText('Nothing to do.')).toBeTruthy();
    const conditions = screen.getByRole('grid', { name: 'Conditions' });
    expect(within(conditions).getAllByRole('row')).toHaveLength(4);
    const times = conditions.querySelectorAll('time');
    expect(times).toHaveLength(3);
    expect(times[0]?.getAttribute('datetime')).toBe('2025-01-01T00:00:00Z');
    expect(times[0]?.textContent).not.toContain('2025');
  });

  it('explains an error with what it means and what to do', async () => {
    renderApp('/sites/west/connectors/db', server.url);
    expect(
      await screen.findByText(/No site in the network has a listener with this routing key/),
    ).toBeTruthy();
    expect(screen.getByText(/Create a listener with the same routing key/)).toBeTruthy();
  });

  it('opens the tab named in the URL and lists matching listeners per site with host and port', async () => {
    renderApp('/sites/east/connectors/web?tab=matching', server.url);
    const table = await screen.findByRole('grid', { name: 'Matching listeners' });
    const row = within(table).getByText('web-client').closest('tr');
    if (!row) throw new Error('no listener row');
    expect(await within(row).findByText('West')).toBeTruthy();
    expect(within(row).getByText('web.local:9090')).toBeTruthy();
  });

  it('says so when the controller and the console disagree about matching', async () => {
    renderApp('/sites/west/connectors/db?tab=matching', server.url);
    expect(await screen.findByText('The controller sees a match the console does not')).toBeTruthy();
    expect(screen.getByText(/none of the sites this console is configured for has one/)).toBeTruthy();
  });

  it('keeps the chosen tab in the URL', async () => {
    const { search } = renderApp('/sites/east/connectors/web', server.url);
    fireEvent.click(await screen.findByRole('tab', { name: 'Matching listeners' }));
    await screen.findByRole('grid', { name: 'Matching listeners' });
    expect(search().get('tab')).toBe('matching');
  });

  it('shows the pods a Kubernetes selector matches now', async () => {
    renderApp('/sites/east/connectors/web?tab=target', server.url);
    expect(await screen.findByText('web-5d8f')).toBeTruthy();
    expect(screen.getByText('app=web')).toBeTruthy();
    const podRequest = server.requests.find((request) => request.path === '/api/sites/east/pods');
    expect(podRequest?.query.get('selector')).toBe('app=web');
  });

  it('shows host and port for a local site, asks for no pods, and says its status is not live', async () => {
    renderApp('/sites/west/connectors/db?tab=target', server.url);
    expect(await screen.findByText('db.internal')).toBeTruthy();
    expect(screen.getByText('5432')).toBeTruthy();
    expect(await screen.findByText('Status on this site is not kept current')).toBeTruthy();
    expect(server.requests.some((request) => request.path.endsWith('/pods'))).toBe(false);
  });

  it('links Edit to the editor for this connector', async () => {
    renderApp('/sites/east/connectors/web', server.url);
    const edit = await screen.findByRole('link', { name: 'Edit' });
    expect(edit.getAttribute('href')).toBe('/sites/east/connectors/web/edit');
  });

  it('says so when the connector does not exist', async () => {
    renderApp('/sites/east/connectors/gone', server.url);
    expect(await screen.findByRole('heading', { name: 'Connector gone was not found' })).toBeTruthy();
  });
});

describe('deleting a connector', () => {
  async function openDeleteDialog() {
    const view = renderApp('/sites/east/connectors/web', server.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    return { ...view, dialog };
  }

  it('deletes only after the name is typed, sends the resourceVersion, tells the person and returns to the list', async () => {
    const { dialog, router } = await openDeleteDialog();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.hasAttribute('disabled') || confirm.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type web to confirm'), { target: { value: 'web' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Connector web deleted')).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/connectors'));
    const request = server.requests.find((r) => r.method === 'DELETE');
    expect(request?.query.get('resourceVersion')).toBe('7');
  });

  it('explains a conflict and reloads the connector on request', async () => {
    server.route({
      'DELETE /api/sites/east/connectors/web': {
        status: 409,
        body: { error: { code: 'Conflict', message: 'The object has been modified.' } },
      },
    });
    const { dialog } = await openDeleteDialog();
    fireEvent.change(within(dialog).getByLabelText('Type web to confirm'), { target: { value: 'web' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('The connector changed since you opened it')).toBeTruthy();
    const detailRequests = () =>
      server.requests.filter((r) => r.path === '/api/sites/east/connectors/web' && r.method === 'GET');
    const before = detailRequests().length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload the connector' }));
    await waitFor(() => expect(detailRequests().length).toBe(before + 1));
    await waitFor(() =>
      expect(within(dialog).queryByText('The connector changed since you opened it')).toBeNull(),
    );
  });
});

describe('what the person may do with the connector', () => {
  const onlyRead = { read: true, create: false, update: false, delete: false };

  it('turns Edit and Delete off, saying why and naming the site, when the person may do neither', async () => {
    server.route({ 'GET /api/sites': { body: [site('east', { name: 'East', access: onlyRead })] } });
    renderApp('/sites/east/connectors/web', server.url);
    const edit = await screen.findByRole('button', { name: 'Edit' });
    const remove = screen.getByRole('button', { name: 'Delete' });
    expect(edit.getAttribute('aria-disabled')).toBe('true');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    const editReason = document.getElementById(edit.getAttribute('aria-describedby') ?? '');
    const deleteReason = document.getElementById(remove.getAttribute('aria-describedby') ?? '');
    expect(editReason?.textContent).toBe('Your Kubernetes account may not change connectors in site East.');
    expect(deleteReason?.textContent).toBe('Your Kubernetes account may not delete connectors in site East.');
    fireEvent.click(remove);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('leaves Edit on and turns only Delete off when the person may change but not delete', async () => {
    server.route({
      'GET /api/sites': { body: [site('east', { name: 'East', access: { ...onlyRead, update: true } })] },
    });
    renderApp('/sites/east/connectors/web', server.url);
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete' }).getAttribute('aria-disabled')).toBe('true'),
    );
    expect(screen.getByText('Your Kubernetes account may not delete connectors in site East.')).toBeTruthy();
  });

  it('gives one reason for both where the console’s credentials are read-only', async () => {
    server.route({ 'GET /api/sites': { body: [site('east', { name: 'East', readOnly: true })] } });
    renderApp('/sites/east/connectors/web', server.url);
    const edit = await screen.findByRole('button', { name: 'Edit' });
    const remove = screen.getByRole('button', { name: 'Delete' });
    expect(edit.getAttribute('aria-describedby')).toBe(remove.getAttribute('aria-describedby'));
    expect(screen.getAllByText(/Site East is read-only for the console/)).toHaveLength(1);
  });
});
