// What one person may see of a list item or a change: nothing from a site they may not read, and no names of
// counterparts there.
import type { MatchingSummary } from '@connector-console/model';

type Readable = (site: string) => boolean;

export function readableView<T extends { site: string; matching?: MatchingSummary }>(
  item: T,
  readable: Readable,
): T | undefined {
  if (!readable(item.site)) return undefined;
  const names = item.matching?.names;
  if (!item.matching || !names || names.every((named) => readable(named.site))) return item;
  return { ...item, matching: { ...item.matching, names: names.filter((named) => readable(named.site)) } };
}
