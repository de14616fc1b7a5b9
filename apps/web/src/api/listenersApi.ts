// Fetch functions for listeners; paths come from paths.ts.
import type { ListenerEntry, ListenerListItem } from '@connector-console/model';
import { requestJson } from './http.ts';
import { apiPaths } from './paths.ts';

/** Every listener with its matching answer in short; `fetchListener` gives the full answer for one. */
export async function fetchListeners(signal?: AbortSignal): Promise<ListenerListItem[]> {
  const answer = await requestJson<{ items: ListenerListItem[] }>(apiPaths.listeners(), { signal });
  return answer.items;
}

export function fetchListener(site: string, name: string, signal?: AbortSignal): Promise<ListenerEntry> {
  return requestJson<ListenerEntry>(apiPaths.listener(site, name), { signal });
}
