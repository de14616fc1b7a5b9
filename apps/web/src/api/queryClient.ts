// The app's QueryClient: live events keep the cache fresh, so snapshots are not refetched on every focus.
import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './http.ts';
import { queryKeys } from './queryKeys.ts';

const NO_RETRY_STATUSES = new Set([400, 401, 403, 404, 409, 422]);

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          options.retry !== false &&
          failureCount < 2 &&
          !(error instanceof ApiRequestError && NO_RETRY_STATUSES.has(error.status)),
      },
      mutations: { retry: false },
    },
  });
  // Site resources may exist only because a live change brought them: never drop them, never refetch on a timer.
  client.setQueryDefaults(queryKeys.sites.resources(), { gcTime: Infinity, staleTime: Infinity });
  return client;
}
