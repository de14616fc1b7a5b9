// Which sites form one network, and the links each site reports: a star by default, or the links given.
import type { NetworkLink } from '@connector-console/model';
import type { NamespaceState, SiteEntry } from './namespaceState.ts';
import type { SiteLink } from './options.ts';

export interface ActiveSite {
  state: NamespaceState;
  site: SiteEntry;
}

export interface NetworkComponent {
  members: ActiveSite[];
  /** Outgoing links per member, as that site's record in the network lists them. */
  links: Map<NamespaceState, NetworkLink[]>;
}

const linkTo = (remote: SiteEntry, name?: string): NetworkLink => ({
  name: name ?? `link-${remote.name}`,
  remoteSiteId: remote.uid,
  remoteSiteName: remote.name,
  operational: true,
});

function starNetwork(sites: ActiveSite[]): NetworkComponent[] {
  const [hub, ...spokes] = sites;
  if (!hub) return [];
  return [{ members: sites, links: new Map(spokes.map(({ state }) => [state, [linkTo(hub.site)]])) }];
}

function linkedNetworks(sites: ActiveSite[], links: SiteLink[]): NetworkComponent[] {
  const byAddress = new Map(sites.map((site) => [site.state.address, site]));
  const parent = new Map(sites.map((site) => [site, site]));
  const root = (site: ActiveSite): ActiveSite => {
    let current = site;
    for (let up = parent.get(current); up && up !== current; up = parent.get(current)) current = up;
    return current;
  };
  const outgoing = new Map<NamespaceState, NetworkLink[]>();
  for (const link of links) {
    const from = byAddress.get(link.from);
    const to = byAddress.get(link.to);
    // A link to a site that does not exist (yet) is not operational and joins nothing.
    if (!from || !to || from === to) continue;
    parent.set(root(to), root(from));
    outgoing.set(from.state, [...(outgoing.get(from.state) ?? []), linkTo(to.site, link.name)]);
  }
  const components = new Map<ActiveSite, NetworkComponent>();
  for (const site of sites) {
    const top = root(site);
    let component = components.get(top);
    if (!component) components.set(top, (component = { members: [], links: new Map() }));
    component.members.push(site);
    const own = outgoing.get(site.state);
    if (own) component.links.set(site.state, own);
  }
  return [...components.values()];
}

/** `sites` in network order; every site belongs to exactly one component. */
export function networkComponents(sites: ActiveSite[], links: SiteLink[] | undefined): NetworkComponent[] {
  return links === undefined ? starNetwork(sites) : linkedNetworks(sites, links);
}
