// Keeps the cached lists current, including across a fetch: a snapshot fetched while changes stream in may predate
// some of them, so changes seen during a fetch are applied again on top of its result. Replaying is safe because
// upserts and deletes are idempotent and applied in order.
import type { ChangeEvent, ConnectorListItem, ListenerListItem } from '@connector-console/model';
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { applyChanges, type EntryKind } from './applyChanges.ts';

export interface WatchedList {
  key: QueryKey;
  kind: EntryKind;
}

export class ListChanges {
  private readonly lists: Map<string, WatchedList>;
  private readonly held = new Map<string, ChangeEvent[]>();

  constructor(
    private readonly client: QueryClient,
    lists: readonly WatchedList[],
  ) {
    this.lists = new Map(lists.map((list) => [hashKey(list.key), list]));
  }

  apply(changes: readonly ChangeEvent[]): void {
    for (const [hash, list] of this.lists) {
      const state = this.client.getQueryState(list.key);
      if (!state) continue;
      if (state.fetchStatus === 'fetching') this.held.set(hash, [...(this.held.get(hash) ?? []), ...changes]);
      this.update(list, changes);
    }
  }

  /** Replays held changes when a fetch lands; returns the function that stops watching. */
  watch(): () => void {
    return this.client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      const hash = event.query.queryHash;
      const list = this.lists.get(hash);
      if (!list) return;
      if (event.action.type === 'error') this.held.delete(hash);
      if (event.action.type !== 'success' || event.action.manual) return;
      const held = this.held.get(hash);
      this.held.delete(hash);
      if (held) this.update(list, held);
    });
  }

  private update(list: WatchedList, changes: readonly ChangeEvent[]): void {
    if (list.kind === 'Connector') {
      this.client.setQueryData<ConnectorListItem[]>(
        list.key,
        (old) => old && applyChanges(old, changes, 'Connector'),
      );
    } else {
      this.client.setQueryData<ListenerListItem[]>(
        list.key,
        (old) => old && applyChanges(old, changes, 'Listener'),
      );
    }
  }
}
