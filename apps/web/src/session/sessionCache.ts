// A change of who is signed in: nothing fetched for the previous person may be shown to the next one.
import type { SessionAnswer } from '@connector-console/model';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';

const SESSION_KEY = queryKeys.session();

/** Drops every cached answer but the session, then records the new session; pages fetch again as they open. */
export function changeSession(client: QueryClient, answer: SessionAnswer): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, answer);
}
