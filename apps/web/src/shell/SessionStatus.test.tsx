import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys.ts';
import { startApiServer, type ApiServer } from '../testing/apiServer.ts';
import { connectorItem, site } from '../testing/fixtures.ts';
import { renderApp } from '../testing/renderApp.tsx';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.route({
    'GET /api/sites': { body: [site('east')] },
    'GET /api/connectors': { body: { items: [connectorItem('east', 'web')] } },
    'DELETE /api/session': { body: { mode: 'per-user', signedIn: false } },
  });
});
let shown: ReturnType<typeof renderApp> | undefined;
function open(session: unknown) {
  server.route({ 'GET /api/session': { body: session } });
  shown = renderApp('/connectors', server.url);
  return shown;
}
afterEach(async () => {
  const client = shown?.queryClient;
  if (client) await vi.waitFor(() => expect(client.isFetching() + client.isMutating()).toBe(0));
  shown = undefined;
  cleanup();
});

describe('who is signed in, in the masthead', () => {
  it('shows the signed-in person and signs them out, leaving nothing of theirs in the cache', async () => {
    const view = open({ mode: 'per-user', signedIn: true, user: 'alice', via: 'sign-in' });
    // The name is shown; "Signed in as" is there for screen readers.
    expect((await screen.findByText('alice')).textContent).toBe('Signed in as alice');
    await screen.findByRole('grid', { name: 'Connectors' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'));
    expect(
      server.requests.some((request) => request.method === 'DELETE' && request.path === '/api/session'),
    ).toBe(true);
    expect(view.search().get('next')).toBe('/connectors');
    await waitFor(() => expect(view.queryClient.getQueryData(queryKeys.connectors.list())).toBeUndefined());
    expect(await screen.findByLabelText(/^Kubernetes token/)).toBeTruthy();
  });

  it('says "Signed in" when the server does not know the name', async () => {
    open({ mode: 'per-user', signedIn: true, via: 'sign-in' });
    expect(await screen.findByText('Signed in')).toBeTruthy();
  });

  it('shows only the name when an authenticating proxy signed the person in', async () => {
    open({ mode: 'per-user', signedIn: true, user: 'bob', via: 'proxy' });
    expect((await screen.findByText('bob')).textContent).toBe('Signed in as bob');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('shows nothing about signing in when the console uses its own credentials', async () => {
    const view = open({ mode: 'shared', signedIn: true });
    await screen.findByRole('grid', { name: 'Connectors' });
    await vi.waitFor(() => expect(view.queryClient.getQueryData(queryKeys.session())).toBeTruthy());
    expect(screen.queryByText(/Signed in/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});
