// Connects the index's changes and the sites' health to the event hub, in the shapes the browser reads.
import type { ChangeEvent, HealthEvent } from '@connector-console/model';
import type { ConsoleIndex } from '../index/ConsoleIndex.ts';
import type { SiteRegistry } from '../sites/SiteRegistry.ts';
import { summarizeSite } from '../http/routes/sites.ts';
import type { EventHub } from './EventHub.ts';

export type { ChangeEvent, HealthEvent };

export function connectFeed(
  index: ConsoleIndex,
  registry: SiteRegistry,
  hub: EventHub<ChangeEvent, HealthEvent>,
): () => void {
  index.setPlatforms((site) => registry.info(site)?.platform);
  index.setInterest(() => hub.clientCount > 0);
  const offChanges = index.subscribe((changes) => {
    for (const change of changes) {
      hub.publishChange({
        key: `${change.site}/${change.kind}/${change.resource.metadata.name ?? ''}`,
        ...change,
      });
    }
  });
  const offHealth = registry.onHealth((site) => {
    const view = registry.views().find((v) => v.id === site);
    if (view) hub.publishHealth({ key: site, ...summarizeSite(view) });
  });
  return () => {
    offChanges();
    offHealth();
  };
}
