// Fetch functions for sites and what lives in them; paths come from paths.ts.
import type { ApplyResult, PodSummary, Site, SiteSummary, WorkloadSummary } from '@connector-console/model';
import { requestJson } from './http.ts';
import { apiPaths } from './paths.ts';

export function fetchSites(signal?: AbortSignal): Promise<SiteSummary[]> {
  return requestJson<SiteSummary[]>(apiPaths.sites(), { signal });
}

export async function fetchPods(
  site: string,
  selector: string,
  includeNotReady: boolean,
  signal?: AbortSignal,
): Promise<PodSummary[]> {
  const answer = await requestJson<{ items: PodSummary[] }>(apiPaths.pods(site, selector, includeNotReady), {
    signal,
  });
  return answer.items;
}

/**
 * The site's Site resource. A 404 (no Site yet, or a server without this endpoint) is an error that leaves any
 * Site already received through live changes in the cache.
 */
export function fetchSiteResource(site: string, signal?: AbortSignal): Promise<Site | null> {
  return requestJson<Site>(apiPaths.siteResource(site), { signal });
}

/** The workloads whose labels a selector can be taken from (as the CLI's --workload option does). */
export async function fetchWorkloads(site: string, signal?: AbortSignal): Promise<WorkloadSummary[]> {
  const answer = await requestJson<{ items: WorkloadSummary[] }>(apiPaths.workloads(site), { signal });
  return answer.items;
}

/** Names only: Secrets on Kubernetes, certificate directories on local sites. */
export async function fetchTlsCredentials(site: string, signal?: AbortSignal): Promise<string[]> {
  const answer = await requestJson<{ items: string[] }>(apiPaths.tlsCredentials(site), { signal });
  return answer.items;
}

/** Makes a local site take up its changed files now (`skupper system reload`), or says how to. */
export function applySite(site: string): Promise<ApplyResult> {
  return requestJson<ApplyResult>(apiPaths.apply(site), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
}
