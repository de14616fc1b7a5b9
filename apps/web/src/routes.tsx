// The console's routes; every page is its own lazily loaded chunk.
import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import type { OpenStream } from './live/useLiveUpdates.ts';
import { routePaths } from './routePaths.ts';
import { AppShell } from './shell/AppShell.tsx';
import { NotFoundPage } from './shell/NotFoundPage.tsx';
import { PageSkeleton } from './shell/PageSkeleton.tsx';
import { RouteErrorPage } from './shell/RouteErrorPage.tsx';

const ConnectorsPage = lazy(() =>
  import('./connectors/list/ConnectorsPage.tsx').then((m) => ({ default: m.ConnectorsPage })),
);
const ConnectorDetailsPage = lazy(() =>
  import('./connectors/details/ConnectorDetailsPage.tsx').then((m) => ({ default: m.ConnectorDetailsPage })),
);
const ListenersPage = lazy(() =>
  import('./listeners/ListenersPage.tsx').then((m) => ({ default: m.ListenersPage })),
);
const ListenerDetailsPage = lazy(() =>
  import('./listeners/details/ListenerDetailsPage.tsx').then((m) => ({ default: m.ListenerDetailsPage })),
);
const SitesPage = lazy(() => import('./sites/SitesPage.tsx').then((m) => ({ default: m.SitesPage })));
const SignInPage = lazy(() => import('./session/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
const EditorPage = lazy(() => import('./editor/EditorPage.tsx').then((m) => ({ default: m.EditorPage })));

const editor = (
  <Suspense fallback={<PageSkeleton label="Loading the editor" />}>
    <EditorPage />
  </Suspense>
);

export interface RouteOptions {
  /** How to open the live event stream; null turns live updates off. */
  openStream?: OpenStream | null;
}

export function appRoutes(options: RouteOptions = {}): RouteObject[] {
  return [
    // Outside the frame: signing in needs no navigation, and the frame's live stream must not run while signed out.
    {
      path: routePaths.signIn(),
      errorElement: <RouteErrorPage />,
      element: (
        <Suspense fallback={<PageSkeleton label="Loading the sign-in page" />}>
          <SignInPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      element: <AppShell openStream={options.openStream} />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to="/connectors" replace /> },
        { path: 'connectors', element: <ConnectorsPage /> },
        { path: 'connectors/new', element: editor },
        { path: 'sites/:site/connectors/:name', element: <ConnectorDetailsPage /> },
        { path: 'sites/:site/connectors/:name/edit', element: editor },
        { path: 'listeners', element: <ListenersPage /> },
        { path: 'sites/:site/listeners/:name', element: <ListenerDetailsPage /> },
        { path: 'sites', element: <SitesPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
