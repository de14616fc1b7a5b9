// Fetch functions for listeners; paths come from paths.ts.
import type { ListenerListItem } from '@connector-console/model';
import { requestJson } from './http.ts';
import { apiPaths } from './paths.ts';

export async function fetchListeners(signal?: AbortSignal): Promise<ListenerListItem[]> {
  const answer = await requestJson<{ items: ListenerListItem[] }>(apiPaths.listeners(), { signal });
  return answer.items;
}
