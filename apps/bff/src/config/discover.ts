// Turns options into site backends: the sites named explicitly, else every Skupper-serving context and local namespace found.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { KubernetesSite } from '../sites/kubernetes/KubernetesSite.ts';
import { SystemSite } from '../sites/system/SystemSite.ts';
import type { SiteBackend } from '../sites/types.ts';
import type { ConsoleOptions } from './options.ts';
import { forContext, kubeconfigPath, loadKubeConfig, servesSkupper } from './kubeconfig.ts';
import { siteId, type SiteSpec } from './siteSpec.ts';

export interface Discovery {
  backends: SiteBackend[];
  /** What was looked at and left out, with why, for the start-up message. */
  skipped: string[];
}

const NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function localNamespaces(dataHome: string): string[] {
  const root = path.join(dataHome, 'namespaces');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => NAMESPACE_PATTERN.test(name) && statSync(path.join(root, name)).isDirectory())
    .sort();
}

export async function discoverSites(options: ConsoleOptions, env: NodeJS.ProcessEnv): Promise<Discovery> {
  const skipped: string[] = [];
  const inCluster = Boolean(env.KUBERNETES_SERVICE_HOST);
  const file = kubeconfigPath(options.kubeconfig, env.HOME);
  const base = file || inCluster ? loadKubeConfig(file, inCluster) : undefined;
  let specs: SiteSpec[] = [
    ...options.sites,
    ...options.contexts.map((context) => ({ kind: 'kubernetes' as const, context })),
  ];
  if (specs.length === 0) {
    specs = await discoverSpecs(base, options, skipped);
  }
  if (options.perUser && specs.some((spec) => spec.kind === 'system')) {
    throw new Error(
      'Per-user mode serves Kubernetes sites only: local sites have no per-person rights. Remove the system sites.',
    );
  }
  const ids = uniqueIds(specs.map((spec) => siteId(siteName(spec, base))));
  const backends = specs.map((spec, i) =>
    backendFor(spec, ids[i] ?? siteId(siteName(spec, base)), base, options),
  );
  return { backends, skipped };
}

async function discoverSpecs(
  base: KubeConfig | undefined,
  options: ConsoleOptions,
  skipped: string[],
): Promise<SiteSpec[]> {
  const found: SiteSpec[] = [];
  for (const context of base?.getContexts() ?? []) {
    if (await servesSkupper(forContext(base as KubeConfig, context.name))) {
      found.push({ kind: 'kubernetes', context: context.name });
    } else {
      skipped.push(`context ${context.name}: unreachable, or Skupper's resources are not installed there`);
    }
  }
  for (const namespace of localNamespaces(options.dataHome)) {
    if (options.perUser) {
      skipped.push(`local namespace ${namespace}: per-user mode serves Kubernetes sites only`);
      continue;
    }
    found.push({ kind: 'system', namespace, name: `local-${namespace}` });
  }
  return found;
}

function siteName(spec: SiteSpec, base: KubeConfig | undefined): string {
  if (spec.kind === 'system') return spec.name ?? `local-${spec.namespace}`;
  return spec.name ?? spec.context ?? base?.getCurrentContext() ?? 'kubernetes';
}

function backendFor(
  spec: SiteSpec,
  id: string,
  base: KubeConfig | undefined,
  options: ConsoleOptions,
): SiteBackend {
  const name = siteName(spec, base);
  if (spec.kind === 'system') {
    return new SystemSite({
      id,
      name,
      namespace: spec.namespace,
      dataHome: spec.dataHome ?? options.dataHome,
    });
  }
  if (!base)
    throw new Error('A Kubernetes site was asked for, but no kubeconfig was found; pass --kubeconfig.');
  const contextName = spec.context ?? base.getCurrentContext();
  const kubeConfig = forContext(base, contextName);
  const namespace =
    spec.namespace ?? kubeConfig.getContextObject(contextName)?.namespace ?? options.namespace ?? 'default';
  return new KubernetesSite({ id, name, namespace, kubeConfig });
}

/** Two sites may share a name (the same context, two namespaces); their ids must still differ. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.map((base) => {
    let id = base;
    for (let n = 2; seen.has(id); n += 1) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}
