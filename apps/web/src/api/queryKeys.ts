// Every react-query key, built hierarchically so that a prefix invalidates everything beneath it.
export const queryKeys = {
  /** Who uses the console; kept apart from the resources, which belong to whoever is signed in. */
  session: () => ['session'] as const,
  connectors: {
    all: ['connectors'] as const,
    list: () => [...queryKeys.connectors.all, 'list'] as const,
    details: () => [...queryKeys.connectors.all, 'detail'] as const,
    detail: (site: string, name: string) => [...queryKeys.connectors.details(), site, name] as const,
  },
  listeners: {
    all: ['listeners'] as const,
    list: () => [...queryKeys.listeners.all, 'list'] as const,
    details: () => [...queryKeys.listeners.all, 'detail'] as const,
    detail: (site: string, name: string) => [...queryKeys.listeners.details(), site, name] as const,
  },
  sites: {
    all: ['sites'] as const,
    list: () => [...queryKeys.sites.all, 'list'] as const,
    /** Site resources arrive through live changes too, so they share a prefix that keeps them cached. */
    resources: () => [...queryKeys.sites.all, 'resource'] as const,
    resource: (site: string) => [...queryKeys.sites.resources(), site] as const,
    pods: (site: string, selector: string, includeNotReady: boolean) =>
      [...queryKeys.sites.all, 'pods', site, { selector, includeNotReady }] as const,
    workloads: (site: string) => [...queryKeys.sites.all, 'workloads', site] as const,
    tlsCredentials: (site: string) => [...queryKeys.sites.all, 'tls-credentials', site] as const,
  },
} as const;
