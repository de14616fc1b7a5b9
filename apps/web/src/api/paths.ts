// The BFF's endpoint paths, built in one place so that fetchers and tests agree on them.
const segment = (value: string) => encodeURIComponent(value);

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const apiPaths = {
  /** Who is signed in (GET), sign in with a token (POST), sign out (DELETE). */
  session: () => '/api/session',
  sites: () => '/api/sites',
  site: (site: string) => `/api/sites/${segment(site)}`,
  /** The site's Skupper Site resource (its controller's network view). */
  siteResource: (site: string) => `${apiPaths.site(site)}/site`,
  pods: (site: string, selector: string, includeNotReady: boolean) =>
    withQuery(`${apiPaths.site(site)}/pods`, {
      selector,
      includeNotReady: includeNotReady ? 'true' : undefined,
    }),
  workloads: (site: string) => `${apiPaths.site(site)}/workloads`,
  tlsCredentials: (site: string) => `${apiPaths.site(site)}/tls-credentials`,
  /** Where the site's connector is written and applied. */
  apply: (site: string) => `${apiPaths.site(site)}/apply`,
  connectors: () => '/api/connectors',
  connector: (site: string, name: string) => `${apiPaths.site(site)}/connectors/${segment(name)}`,
  /** Create (no name) or replace (a name); a dry run checks everything and writes nothing. */
  writeConnector: (site: string, name: string | undefined, dryRun: boolean) =>
    withQuery(name === undefined ? `${apiPaths.site(site)}/connectors` : apiPaths.connector(site, name), {
      dryRun: dryRun ? 'true' : undefined,
    }),
  deleteConnector: (site: string, name: string, resourceVersion: string | undefined) =>
    withQuery(apiPaths.connector(site, name), { resourceVersion }),
  listeners: () => '/api/listeners',
  listener: (site: string, name: string) => `${apiPaths.site(site)}/listeners/${segment(name)}`,
  events: () => '/api/events',
} as const;
