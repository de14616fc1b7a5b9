// The providers every page relies on: the query cache, toasts, and the router.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { ToastProvider } from './shell/toasts/ToastProvider.tsx';

type AppRouter = ReturnType<typeof createBrowserRouter>;

export function App({ router, queryClient }: { router: AppRouter; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
