// Applies live events to the react-query cache: lists through the pure reducers, details and Site resources directly.
import type {
  ChangeEvent,
  Connector,
  ConnectorEntry,
  HealthEvent,
  Listener,
  ListenerEntry,
  Site,
  SiteSummary,
} from '@connector-console/model';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { applySiteHealth, bringsNewSite } from './applySiteHealth.ts';
import { ListChanges } from './listChanges.ts';

export class LiveCache {
  private readonly lists: ListChanges;
  private readonly stopWatching: () => void;

  constructor(private readonly client: QueryClient) {
    this.lists = new ListChanges(client, [
      { key: queryKeys.connectors.list(), kind: 'Connector' },
      { key: queryKeys.listeners.list(), kind: 'Listener' },
    ]);
    this.stopWatching = this.lists.watch();
  }

  applyChanges(changes: readonly ChangeEvent[]): void {
    this.lists.apply(changes);
    for (const change of changes) {
      if (change.kind === 'Connector') this.applyToConnectorDetails(change);
      if (change.kind === 'Site') this.applyToSiteResource(change);
      else this.applyToListenerDetails(change);
    }
  }

  applyHealth(events: readonly HealthEvent[]): void {
    const key = queryKeys.sites.list();
    const before = this.client.getQueryData<SiteSummary[]>(key);
    this.client.setQueryData<SiteSummary[]>(key, (old) => applySiteHealth(old, events));
    if (bringsNewSite(before, events)) void this.client.invalidateQueries({ queryKey: key, exact: true });
  }

  /** After a resync request or a reconnect nothing cached can be trusted: refetch what is shown, mark the rest stale. */
  refetchEverything(): Promise<void> {
    return this.client.invalidateQueries();
  }

  stop(): void {
    this.stopWatching();
  }

  private applyToConnectorDetails(change: ChangeEvent): void {
    const key = queryKeys.connectors.detail(change.site, change.resource.metadata.name ?? '');
    if (!this.client.getQueryData(key)) return;
    if (change.type !== 'DELETED') {
      // Changes carry the matching answer in short: show the new resource now, then fetch the full answer.
      this.client.setQueryData<ConnectorEntry>(
        key,
        (old) => old && { ...old, resource: change.resource as Connector },
      );
    }
    // After a delete, the refetch makes an open details page say the connector is gone.
    void this.client.invalidateQueries({ queryKey: key, exact: true });
  }

  /**
   * An open listener page shows its own resource and every matching connector with its status: a change to the
   * listener, or to a connector that matches it now or did before, refetches its full answer.
   */
  private applyToListenerDetails(change: ChangeEvent): void {
    const name = change.resource.metadata.name ?? '';
    const routingKey = (change.resource as Connector | Listener).spec?.routingKey;
    for (const [key, entry] of this.client.getQueriesData<ListenerEntry>({
      queryKey: queryKeys.listeners.details(),
    })) {
      if (!entry) continue;
      const itself =
        change.kind === 'Listener' && entry.site === change.site && entry.resource.metadata.name === name;
      const counterpart =
        change.kind === 'Connector' &&
        (entry.resource.spec?.routingKey === routingKey ||
          entry.matching.connectors.some((c) => c.site === change.site && c.name === name));
      if (itself || counterpart) void this.client.invalidateQueries({ queryKey: key, exact: true });
    }
  }

  private applyToSiteResource(change: ChangeEvent): void {
    const resource = change.type === 'DELETED' ? null : (change.resource as Site);
    this.client.setQueryData<Site | null>(queryKeys.sites.resource(change.site), resource);
  }
}
