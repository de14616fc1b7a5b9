// The app's QueryClient: live events keep the cache fresh, so snapshots are not refetched on every focus.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError, isUnauthorized } from './http.ts';
import { queryKeys } from './queryKeys.ts';

const NO_RETRY_STATUSES = new Set([400, 401, 403, 404, 409, 422]);

export interface QueryClientOptions {
  retry?: boolean;
  /** Any request the server answers with 401: nobody is signed in, or the sign-in has lapsed. */
  onSignInNeeded?: () => void;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  // One place notices a lapsed sign-in, whichever page, query or action met it.
  const onError = (error: unknown) => {
    if (isUnauthorized(error)) options.onSignInNeeded?.();
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
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
