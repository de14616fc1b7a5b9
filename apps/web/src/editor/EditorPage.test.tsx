import { parse } from 'yaml';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordedRequest } from '../testing/apiServer.ts';
import { appUnderTest } from '../testing/appUnderTest.tsx';
import { change, connector, connectorEntry, connectorItem, site } from '../testing/fixtures.ts';
import { FakeStream } from '../testing/fakeStream.ts';

// Monaco cannot run here: the diff shows its two texts instead (the browser tests cover Monaco itself).
vi.mock('./review/DiffView.tsx', () => ({
  default: ({ original, modified }: { original: string; modified: string }) => (
    <div>
      <pre aria-label="Before">{original}</pre>
      <pre aria-label="After">{modified}</pre>
    </div>
  ),
}));

const SITES = [
  site('east', { name: 'East' }),
  site('laptop', { name: 'Laptop', kind: 'system', platform: 'podman', statusLive: false }),
];
const WEB = connectorEntry('east', 'web', { version: '7' });

const api = appUnderTest(() => ({
  'GET /api/sites': { body: SITES },
  'GET /api/connectors': { body: { items: [] } },
  'GET /api/sites/east/workloads': {
    body: { items: [{ kind: 'Deployment', name: 'web', selector: 'app=web,tier=front' }] },
  },
  'GET /api/sites/east/tls-credentials': { body: { items: ['web-tls'] } },
  'GET /api/sites/laptop/tls-credentials': { body: { items: [] } },
  'GET /api/sites/east/pods': {
    body: { items: [{ name: 'web-1', phase: 'Running', ready: true, labels: { app: 'web' } }] },
  },
  'GET /api/sites/east/connectors/web': { body: WEB },
}));
beforeEach(() => {
  window.localStorage.clear();
});
const open = api.open;

/** A write answer that echoes the YAML it was sent, as the site would store it. */
function echo(status: number, version: string) {
  return (request: RecordedRequest) => {
    const resource = parse(request.body) as ReturnType<typeof connector>;
    const dryRun = request.query.get('dryRun') === 'true';
    resource.metadata = { ...resource.metadata, resourceVersion: version };
    return {
      status: dryRun ? 200 : status,
      body: { site: 'east', resource, warnings: [], notices: [], dryRun },
    };
  };
}

const writes = (method: string) =>
  api.server.requests.filter((request) => request.method === method && request.path.includes('/connectors'));
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('creating a connector in the form', () => {
  it('writes what was entered into the YAML the site receives, after a review and a dry run', async () => {
    api.server.route({ 'POST /api/sites/east/connectors': echo(201, '1') });
    const view = open('/connectors/new?site=east');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });

    type(/^Name/, 'web');
    expect((screen.getByLabelText(/^Routing key/) as HTMLInputElement).value).toBe('web');
    await screen.findByRole('option', { name: /Deployment web/ });
    type('Selector from a workload', 'Deployment/web');
    expect((screen.getByLabelText(/^Selector$/) as HTMLInputElement).value).toBe('app=web,tier=front');
    type(/^Port/, '8080');
    fireEvent.click(screen.getByRole('button', { name: 'Add label' }));
    type('Key of label 1', 'team');
    type('Value of label 1', 'payments');

    fireEvent.click(screen.getByRole('button', { name: 'Review and save' }));
    await screen.findByText('Site East accepts this connector');
    expect(screen.getByLabelText('After').textContent).toContain('routingKey: web');
    fireEvent.click(screen.getByRole('button', { name: 'Create connector' }));

    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sites/east/connectors/web'));
    await screen.findByRole('heading', { name: 'web', level: 1 });
    const [dryRun, save] = writes('POST');
    expect(dryRun?.query.get('dryRun')).toBe('true');
    expect(save?.query.get('dryRun')).toBeNull();
    expect(save?.contentType).toBe('application/yaml');
    expect(parse(save?.body ?? '')).toEqual({
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name: 'web', labels: { team: 'payments' } },
      spec: { routingKey: 'web', selector: 'app=web,tier=front', port: 8080 },
    });
  });

  it('shows every problem at its field instead of reviewing a connector that cannot be saved', async () => {
    open('/connectors/new?site=east');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    type(/^Port/, '70000');
    expect(await screen.findByText(/Port must be/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(await screen.findByText('Fix the problems marked below before saving')).toBeTruthy();
    expect(screen.getByLabelText(/^Name/).getAttribute('aria-describedby')).toContain('connector-name-error');
    expect(writes('POST')).toEqual([]);
  });

  it('asks only for a host on a Podman site, and says why', async () => {
    open('/connectors/new?site=laptop');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    expect(screen.getByText(/Podman sites reach a server by host name or IP address/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Selector$/)).toBeNull();
    expect(screen.getByText('Status on this site is not kept current')).toBeTruthy();
  });

  it('starts a new connector when a link opens the create page for another site', async () => {
    const view = open('/connectors/new?site=east');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    expect(screen.getByLabelText(/^Selector$/)).toBeTruthy();
    act(() => void view.router.navigate('/connectors/new?site=laptop'));
    expect(await screen.findByText(/Podman sites reach a server by host name or IP address/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Selector$/)).toBeNull();
  });

  it('imports a pasted v1alpha1 manifest into the form and says what the conversion changed', async () => {
    open('/connectors/new?site=east');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Import YAML' }));
    const dialog = await screen.findByRole('dialog', { name: /Import a connector/ });
    fireEvent.change(within(dialog).getByLabelText('Connector YAML to import'), {
      target: {
        value:
          'apiVersion: skupper.io/v1alpha1\nkind: Connector\nmetadata:\n  name: backend\nspec:\n' +
          '  routingKey: backend\n  port: 8080\n  selector: app=backend\n  tlsSecret: backend-tls\n',
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Converted from skupper.io/v1alpha1')).toBeTruthy();
    expect(screen.getByText(/spec\.tlsSecret.*tlsCredentials/)).toBeTruthy();
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('backend');
    expect((screen.getByLabelText('TLS credentials') as HTMLInputElement).value).toBe('backend-tls');
  });

  it('offers to apply a saved connector to a local site, and says how when the console cannot', async () => {
    api.server.route({
      'POST /api/sites/laptop/connectors': echo(201, 'abc123'),
      'POST /api/sites/laptop/apply': {
        body: {
          ran: false,
          command: 'skupper system reload -n default',
          message: 'The skupper CLI is not installed.',
        },
      },
    });
    open('/connectors/new?site=laptop');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    type(/^Name/, 'db');
    type(/^Host/, 'localhost');
    type(/^Port/, '5432');
    fireEvent.click(screen.getByRole('button', { name: 'Review and save' }));
    await screen.findByText('Site Laptop accepts this connector');
    fireEvent.click(screen.getByRole('button', { name: 'Create connector' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply to site' }));

    expect(await screen.findByText('The skupper CLI is not installed.')).toBeTruthy();
    expect(screen.getByDisplayValue('skupper system reload -n default')).toBeTruthy();
    expect(parse(writes('POST').at(-1)?.body ?? '')).toMatchObject({
      spec: { host: 'localhost', port: 5432 },
    });
  });

  it('asks before leaving with unsaved changes', async () => {
    const view = open('/connectors/new?site=east');
    await screen.findByRole('heading', { name: 'Create a connector', level: 1 });
    type(/^Name/, 'web');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: /Leave without saving/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay and keep editing' }));
    expect(view.router.state.location.pathname).toBe('/connectors/new');
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('web');
  });
});

describe('editing a connector', () => {
  it('keeps the edit through a conflict, and overwrites only after a second review', async () => {
    const theirs = connector('web', { version: '9', port: 8443 });
    let conflicted = false;
    api.server.route({
      'PUT /api/sites/east/connectors/web': (request) => {
        if (request.query.get('dryRun') !== 'true' && !conflicted) {
          conflicted = true;
          return {
            status: 409,
            body: { error: { code: 'Conflict', message: 'changed', details: { current: theirs } } },
          };
        }
        return echo(200, '10')(request);
      },
    });
    const view = open('/sites/east/connectors/web/edit');
    await screen.findByRole('heading', { name: 'Edit connector web', level: 1 });
    type(/^Port/, '9090');
    fireEvent.click(screen.getByRole('button', { name: 'Review and save' }));
    await screen.findByText('Site East accepts this connector');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Your changes were not saved');
    expect(screen.getByLabelText('Before').textContent).toContain('port: 8443');
    expect(screen.getByLabelText('After').textContent).toContain('port: 9090');
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite after review' }));
    await screen.findByText('Site East accepts this connector');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sites/east/connectors/web'));
    await screen.findByRole('heading', { name: 'web', level: 1 });
    const saved = writes('PUT').at(-1);
    expect(parse(saved?.body ?? '')).toMatchObject({
      metadata: { name: 'web', resourceVersion: '9' },
      spec: { port: 9090 },
    });
  });

  it('says when someone else changed the connector, without touching the edit', async () => {
    const stream = new FakeStream();
    open('/sites/east/connectors/web/edit', { openStream: () => stream });
    await screen.findByRole('heading', { name: 'Edit connector web', level: 1 });
    type(/^Port/, '9090');
    stream.send('changes', [change('MODIFIED', connectorItem('east', 'web', { version: '8', port: 1234 }))]);
    expect(await screen.findByText('This connector changed since you opened it')).toBeTruthy();
    expect((screen.getByLabelText(/^Port/) as HTMLInputElement).value).toBe('9090');
  });
});
