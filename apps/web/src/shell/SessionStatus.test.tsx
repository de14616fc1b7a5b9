import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queryKeys.ts';
import { appUnderTest } from '../testing/appUnderTest.tsx';
import { connectorItem, site } from '../testing/fixtures.ts';

const api = appUnderTest(() => ({
  'GET /api/sites': { body: [site('east')] },
  'GET /api/connectors': { body: { items: [connectorItem('east', 'web')] } },
  'DELETE /api/session': { body: { mode: 'per-user', signedIn: false } },
}));
function open(session: unknown) {
  api.server.route({ 'GET /api/session': { body: session } });
  return api.open('/connectors');
}

describe('who is signed in, in the masthead', () => {
  it('shows the signed-in person and signs them out, leaving nothing of theirs in the cache', async () => {
    const view = open({ mode: 'per-user', signedIn: true, user: 'alice', via: 'sign-in' });
    // The name is shown; "Signed in as" is there for screen readers.
    expect((await screen.findByText('alice')).textContent).toBe('Signed in as alice');
    await screen.findByRole('grid', { name: 'Connectors' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/sign-in'));
    expect(
      api.server.requests.some((request) => request.method === 'DELETE' && request.path === '/api/session'),
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
