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

/** Connectors' and listeners' pages live under their site (`/sites/:site/connectors/:name`) but belong to their kind. */
export function areaOfPath(pathname: string): NavArea['id'] | undefined {
  if (/^\/sites\/[^/]+\/connectors(\/|$)/.test(pathname)) return 'connectors';
  if (/^\/sites\/[^/]+\/listeners(\/|$)/.test(pathname)) return 'listeners';
  return NAV_AREAS.find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`))?.id;
}
