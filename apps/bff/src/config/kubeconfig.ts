// Loads a kubeconfig and hands out one KubeConfig per context, each with that context current.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApisApi, KubeConfig } from '@kubernetes/client-node';
import { SKUPPER_GROUP } from '@connector-console/model';

export function kubeconfigPath(explicit: string | undefined, homeDir = os.homedir()): string | undefined {
  if (explicit) return explicit.split(path.delimiter)[0];
  const home = path.join(homeDir, '.kube', 'config');
  return existsSync(home) ? home : undefined;
}

export function loadKubeConfig(file: string | undefined, inCluster: boolean): KubeConfig | undefined {
  const kc = new KubeConfig();
  if (file) {
    kc.loadFromFile(file);
    return kc;
  }
  if (inCluster) {
    kc.loadFromCluster();
    return kc;
  }
  return undefined;
}

export function forContext(base: KubeConfig, context: string): KubeConfig {
  if (!base.getContextObject(context)) {
    throw new Error(
      `The kubeconfig has no context "${context}"; it has ${
        base
          .getContexts()
          .map((c) => c.name)
          .join(', ') || 'none'
      }.`,
    );
  }
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: base.clusters,
    users: base.users,
    contexts: base.contexts,
    currentContext: context,
  });
  return kc;
}

/** True when the context's cluster serves skupper.io, within a short time so one dead cluster never delays start-up. */
export async function servesSkupper(kc: KubeConfig, timeoutMs = 3000): Promise<boolean> {
  const apis = kc.makeApiClient(ApisApi);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const probe = apis
      .getAPIVersions()
      .then((groups) => groups.groups.some((group) => group.name === SKUPPER_GROUP));
    return await Promise.race([probe, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
