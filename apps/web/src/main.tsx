import '@patternfly/react-core/dist/styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { connectorsQuery, sitesQuery } from './api/queries.ts';
import { createQueryClient } from './api/queryClient.ts';
import { App } from './App.tsx';
import { appRoutes } from './routes.tsx';
import { sendToSignIn } from './session/signInRedirect.ts';
import { applyInitialTheme } from './shell/theme.ts';

applyInitialTheme();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const router = createBrowserRouter(appRoutes());
const queryClient = createQueryClient({ onSignInNeeded: () => sendToSignIn(router) });
// Most visits start at the connector list: its data loads while the page's code is still arriving.
if (/^\/(connectors\/?)?$/.test(window.location.pathname)) {
  void queryClient.prefetchQuery(connectorsQuery());
  void queryClient.prefetchQuery(sitesQuery());
}
createRoot(root).render(
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>,
);
