// Renders the whole app (real providers, real routes) at a URL, talking to a test API server.
import { configure, render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { setApiBase } from '../api/apiBase.ts';
import { createQueryClient } from '../api/queryClient.ts';
import { App } from '../App.tsx';
import type { OpenStream } from '../live/useLiveUpdates.ts';
import { appRoutes } from '../routes.tsx';
import { sendToSignIn } from '../session/signInRedirect.ts';

// The first render of a route loads its code; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

/** Without `openStream` there are no live updates: the pages show the server's snapshots only. */
export function renderApp(path: string, apiBase: string, options: { openStream?: OpenStream } = {}) {
  setApiBase(apiBase);
  const router = createMemoryRouter(appRoutes({ openStream: options.openStream ?? null }), {
    initialEntries: [path],
  });
  const queryClient = createQueryClient({ retry: false, onSignInNeeded: () => sendToSignIn(router) });
  const view = render(<App router={router} queryClient={queryClient} />);
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...view, router, queryClient, search };
}
