import '@patternfly/react-core/dist/styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createQueryClient } from './api/queryClient.ts';
import { App } from './App.tsx';
import { appRoutes } from './routes.tsx';
import { applyInitialTheme } from './shell/theme.ts';

applyInitialTheme();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App router={createBrowserRouter(appRoutes())} queryClient={createQueryClient()} />
  </StrictMode>,
);
