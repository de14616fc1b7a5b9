// Keeps an open listener's full answer current. The live feed keeps the cached listener list up to date, so a
// change to this listener's entry there (its resource, or the count, names or verdict of its matches) refetches.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { listenersQuery } from '../../api/queries.ts';
import { queryKeys } from '../../api/queryKeys.ts';

export function useLiveListener(siteId: string, name: string): void {
  const client = useQueryClient();
  // Undefined until the list has loaded; null while the list has no such listener.
  const { data: entry } = useQuery({
    ...listenersQuery(),
    select: (items) =>
      items.find((item) => item.site === siteId && item.resource.metadata.name === name) ?? null,
  });
  const seen = useRef<{ key: string; entry: typeof entry }>(undefined);

  useEffect(() => {
    const key = `${siteId}/${name}`;
    const previous = seen.current;
    seen.current = { key, entry };
    if (previous?.key !== key || previous.entry === undefined || entry === undefined) return;
    // Live updates replace only the entries that changed, so a new object means news about this listener.
    if (previous.entry === entry) return;
    void client.invalidateQueries({ queryKey: queryKeys.listeners.detail(siteId, name), exact: true });
  }, [client, siteId, name, entry]);
}
