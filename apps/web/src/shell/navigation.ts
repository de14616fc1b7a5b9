// The console's areas and which one a path belongs to.
export interface NavArea {
  id: 'connectors' | 'listeners' | 'sites';
  title: string;
  path: string;
}

export const NAV_AREAS: readonly NavArea[] = [
  { id: 'connectors', title: 'Connectors', path: '/connectors' },
  { id: 'listeners', title: 'Listeners', path: '/listeners' },
  { id: 'sites', title: 'Sites', path: '/sites' },
];

/** A connector's pages live under its site (`/sites/:site/connectors/:name`) but belong to Connectors. */
export function areaOfPath(pathname: string): NavArea['id'] | undefined {
  if (/^\/sites\/[^/]+\/connectors(\/|$)/.test(pathname)) return 'connectors';
  return NAV_AREAS.find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`))?.id;
}
