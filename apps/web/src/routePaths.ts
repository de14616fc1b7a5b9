// Links to the console's own pages, built in one place.
const segment = (value: string) => encodeURIComponent(value);

export const routePaths = {
  connectors: () => '/connectors',
  /** The connector list narrowed to one routing key (the text filter also looks at routing keys). */
  connectorsWithRoutingKey: (routingKey: string) =>
    `/connectors?${new URLSearchParams({ q: routingKey }).toString()}`,
  newConnector: () => '/connectors/new',
  connector: (site: string, name: string) => `/sites/${segment(site)}/connectors/${segment(name)}`,
  editConnector: (site: string, name: string) => `${routePaths.connector(site, name)}/edit`,
  listeners: () => '/listeners',
  listener: (site: string, name: string) => `/sites/${segment(site)}/listeners/${segment(name)}`,
  sites: () => '/sites',
  /** The sign-in page; `next` is where to return once signed in (a path of this console). */
  signIn: (next?: string) =>
    next === undefined ? '/sign-in' : `/sign-in?${new URLSearchParams({ next }).toString()}`,
} as const;
