// Query options per resource: each binds a key from queryKeys.ts to its fetch function.
import { queryOptions } from '@tanstack/react-query';
import { fetchConnector, fetchConnectors } from './connectorsApi.ts';
import { fetchListener, fetchListeners } from './listenersApi.ts';
import { queryKeys } from './queryKeys.ts';
import { fetchSession } from './sessionApi.ts';
import { fetchPods, fetchSiteResource, fetchSites, fetchTlsCredentials, fetchWorkloads } from './sitesApi.ts';

export const sessionQuery = () =>
  queryOptions({ queryKey: queryKeys.session(), queryFn: ({ signal }) => fetchSession(signal) });

export const sitesQuery = () =>
  queryOptions({ queryKey: queryKeys.sites.list(), queryFn: ({ signal }) => fetchSites(signal) });

export const connectorsQuery = () =>
  queryOptions({ queryKey: queryKeys.connectors.list(), queryFn: ({ signal }) => fetchConnectors(signal) });

export const connectorQuery = (site: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.connectors.detail(site, name),
    queryFn: ({ signal }) => fetchConnector(site, name, signal),
  });

export const listenersQuery = () =>
  queryOptions({ queryKey: queryKeys.listeners.list(), queryFn: ({ signal }) => fetchListeners(signal) });

export const listenerQuery = (site: string, name: string) =>
  queryOptions({
    queryKey: queryKeys.listeners.detail(site, name),
    queryFn: ({ signal }) => fetchListener(site, name, signal),
  });

export const siteResourceQuery = (site: string) =>
  queryOptions({
    queryKey: queryKeys.sites.resource(site),
    queryFn: ({ signal }) => fetchSiteResource(site, signal),
  });

export const podsQuery = (site: string, selector: string, includeNotReady: boolean) =>
  queryOptions({
    queryKey: queryKeys.sites.pods(site, selector, includeNotReady),
    queryFn: ({ signal }) => fetchPods(site, selector, includeNotReady, signal),
  });

export const workloadsQuery = (site: string) =>
  queryOptions({
    queryKey: queryKeys.sites.workloads(site),
    queryFn: ({ signal }) => fetchWorkloads(site, signal),
  });

export const tlsCredentialsQuery = (site: string) =>
  queryOptions({
    queryKey: queryKeys.sites.tlsCredentials(site),
    queryFn: ({ signal }) => fetchTlsCredentials(site, signal),
  });
