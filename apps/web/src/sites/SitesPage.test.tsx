import type { Site } from '@connector-console/model';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../testing/apiServer.ts';
import { FakeStream } from '../testing/fakeStream.ts';
import { site } from '../testing/fixtures.ts';
import { renderApp } from '../testing/renderApp.tsx';

const EAST_SITE: Site = {
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Site',
  metadata: { name: 'east', resourceVersion: '3' },
  status: {
    status: 'Ready',
    network: [
      {
        id: 'a1',
        name: 'east',
        namespace: 'shop',
        platform: 'kubernetes',
        version: '2.1.0',
        links: [{ name: 'to-west' }],
      },
      { id: 'b2', name: 'west', namespace: 'lab', platform: 'podman', services: [{ routingKey: 'web' }] },
    ],
  },
};

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  server.route({
    'GET /api/sites': {
      body: [
        site('east', { name: 'East', namespace: 'shop' }),
        site('west', {
          name: 'West',
          kind: 'system',
          platform: 'podman',
          state: 'error',
          message: 'The namespace folder is missing.',
        }),
      ],
    },
    'GET /api/sites/east/site': { body: EAST_SITE },
  });
});
afterEach(cleanup);

describe('SitesPage', () => {
  it('shows each site’s health, platform and namespace, and why a site is down', async () => {
    renderApp('/sites', server.url);
    const west = await screen.findByRole('region', { name: 'Site West' });
    expect(within(west).getByText('Unreachable')).toBeTruthy();
    expect(within(west).getByText('Podman')).toBeTruthy();
    expect(within(west).getByText('The namespace folder is missing.')).toBeTruthy();
    const east = screen.getByRole('region', { name: 'Site East' });
    expect(within(east).getByText('shop')).toBeTruthy();
  });

  it('says what the signed-in person may do in each site', async () => {
    server.route({
      'GET /api/sites': {
        body: [
          site('east', { name: 'East', access: { read: true, create: false, update: true, delete: false } }),
          site('west', {
            name: 'West',
            access: { read: false, create: false, update: false, delete: false },
          }),
        ],
      },
    });
    renderApp('/sites', server.url);
    const east = await screen.findByRole('region', { name: 'Site East' });
    expect(within(east).getByText('You may: read, update')).toBeTruthy();
    expect(within(east).queryByText('Console may change connectors')).toBeNull();
    const west = screen.getByRole('region', { name: 'Site West' });
    expect(within(west).getByText('You may not read connectors here')).toBeTruthy();
    expect(within(west).getByText('Your Kubernetes account may not see this site’s resources.')).toBeTruthy();
  });

  it('shows the network as the site’s controller sees it', async () => {
    renderApp('/sites', server.url);
    const table = await screen.findByRole('grid', { name: 'Network as seen from site East' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('1 link')).toBeTruthy();
    expect(within(table).getByText('1 routing key')).toBeTruthy();
  });

  it('fills in a site’s network view when a live change brings its Site resource', async () => {
    const stream = new FakeStream();
    renderApp('/sites', server.url, { openStream: () => stream });
    const west = await screen.findByRole('region', { name: 'Site West' });
    expect(
      await within(west).findByText(/No Site resource has been received for this site yet/),
    ).toBeTruthy();
    act(() =>
      stream.send('changes', [
        {
          key: 'west/Site/west',
          site: 'west',
          kind: 'Site',
          type: 'MODIFIED',
          resource: { ...EAST_SITE, metadata: { name: 'west' } },
        },
      ]),
    );
    expect(await within(west).findByRole('grid', { name: 'Network as seen from site West' })).toBeTruthy();
  });
});
