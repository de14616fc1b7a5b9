// What the person may do with connectors in a site: one rule for the per-user rights and the console's read-only sites.
import type { SiteAccess, SiteSummary } from '@connector-console/model';

export type ConnectorAction = keyof SiteAccess;

/** Why an action is not offered: the person's Kubernetes rights, or the console's own credentials (shared mode). */
export interface Refusal {
  cause: 'rights' | 'read-only';
  /** A sentence that names the site. */
  message: string;
}

const VERBS: Record<ConnectorAction, string> = {
  read: 'see',
  create: 'create',
  update: 'change',
  delete: 'delete',
};
const ACTIONS: readonly ConnectorAction[] = ['read', 'create', 'update', 'delete'];

/**
 * Undefined when the action is allowed. In per-user mode the site carries the person's access and that decides;
 * otherwise everything is allowed except writing to a site where the console's credentials are read-only.
 * An unknown site (not listed yet) is not refused here: the server stays the judge.
 */
export function refusalOf(site: SiteSummary | undefined, action: ConnectorAction): Refusal | undefined {
  if (!site) return undefined;
  if (site.access) {
    if (site.access[action]) return undefined;
    return {
      cause: 'rights',
      message: `Your Kubernetes account may not ${VERBS[action]} connectors in site ${site.name}.`,
    };
  }
  // One sentence for every write, so that a page refusing several says it once.
  if (site.readOnly && action !== 'read') {
    return {
      cause: 'read-only',
      message: `Site ${site.name} is read-only for the console: its credentials may not write connectors there.`,
    };
  }
  return undefined;
}

export const mayRead = (site: SiteSummary | undefined) => refusalOf(site, 'read') === undefined;
export const mayCreate = (site: SiteSummary | undefined) => refusalOf(site, 'create') === undefined;
export const mayUpdate = (site: SiteSummary | undefined) => refusalOf(site, 'update') === undefined;
export const mayDelete = (site: SiteSummary | undefined) => refusalOf(site, 'delete') === undefined;

/** Whether "Create connector" leads anywhere; sites not loaded yet count as none, so the action never flickers away. */
export function mayCreateAnywhere(sites: readonly SiteSummary[] | undefined): boolean {
  return (sites ?? []).some((site) => mayCreate(site));
}

/** Per-user mode: the person's rights in words for the sites page; undefined when the console's rights apply. */
export function accessInWords(site: SiteSummary): string | undefined {
  const { access } = site;
  if (!access) return undefined;
  if (!access.read) return 'You may not read connectors here';
  return `You may: ${ACTIONS.filter((action) => access[action]).join(', ')}`;
}
