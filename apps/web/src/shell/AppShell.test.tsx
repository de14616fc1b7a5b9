import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiServer, type ApiServer } from '../testing/apiServer.ts';
import { connectorEntry, site } from '../testing/fixtures.ts';
import { renderApp } from '../testing/renderApp.tsx';
import { RegionBoundary } from './RegionBoundary.tsx';
import { DARK_THEME_CLASS, THEME_STORAGE_KEY } from './theme.ts';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer({});
});
afterAll(() => server.close());
beforeEach(() => {
  server.route({
    'GET /api/sites': { body: [site('east')] },
    'GET /api/connectors': { body: { items: [] } },
    'GET /api/listeners': { body: { items: [] } },
  });
  window.localStorage.clear();
});
afterEach(cleanup);

describe('the console frame', () => {
  it('opens on the connectors and marks the current area in the navigation', async () => {
    // A desktop-wide window, where the navigation is shown rather than folded away.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
    const { router } = renderApp('/', server.url);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connectors'));
    const nav = screen.getByRole('navigation', { name: 'Console areas' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Connectors');
    fireEvent.click(screen.getByRole('link', { name: 'Listeners' }));
    expect(await screen.findByRole('heading', { name: 'Listeners', level: 1 })).toBeTruthy();
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Listeners');
    vi.restoreAllMocks();
  });

  it('labels the built-in demo network as simulated, and only when a demo site is shown', async () => {
    server.route({ 'GET /api/sites': { body: [{ ...site('east'), demo: true }, site('prod')] } });
    const demo = renderApp('/connectors', server.url);
    expect(await screen.findByText('Demo network (simulated status)')).toBeTruthy();
    await vi.waitFor(() => expect(demo.queryClient.isFetching()).toBe(0));
    cleanup();
    server.route({ 'GET /api/sites': { body: [site('prod')] } });
    const real = renderApp('/connectors', server.url);
    await vi.waitFor(() => expect(real.queryClient.isFetching()).toBe(0));
    expect(screen.queryByText('Demo network (simulated status)')).toBeNull();
  });

  it('switches to the dark theme and remembers the choice', async () => {
    renderApp('/connectors', server.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.classList.contains(DARK_THEME_CLASS)).toBe(true));
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.classList.contains(DARK_THEME_CLASS)).toBe(false));
  });

  it('routes creating and editing a connector to the editor', async () => {
    server.route({ 'GET /api/sites/east/connectors/web': { body: connectorEntry('east', 'web') } });
    const settled = async ({ queryClient }: ReturnType<typeof renderApp>) =>
      vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
    const create = renderApp('/connectors/new', server.url);
    expect(await screen.findByRole('heading', { name: 'Create a connector' })).toBeTruthy();
    await settled(create);
    cleanup();
    const edit = renderApp('/sites/east/connectors/web/edit', server.url);
    expect(await screen.findByRole('heading', { name: 'Edit connector web' })).toBeTruthy();
    await settled(edit);
  });

  it('says so for an address it does not know', async () => {
    renderApp('/nowhere', server.url);
    expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeTruthy();
  });
});

describe('RegionBoundary', () => {
  it('replaces only the failing region with an explanation and a way to try again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('The data had an unexpected shape.');
      return <p>Recovered</p>;
    }
    render(
      <>
        <p>Other region</p>
        <RegionBoundary region="the fragile part">
          <Fragile />
        </RegionBoundary>
      </>,
    );
    expect(screen.getByText('The console could not show the fragile part.')).toBeTruthy();
    expect(screen.getByText('Other region')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeTruthy();
    vi.mocked(console.error).mockRestore();
  });
});
