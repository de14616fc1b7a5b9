// A KubeConfig for the same cluster as another, authenticating with a person's bearer token instead.
import { KubeConfig } from '@kubernetes/client-node';

const USER = 'connector-console-user';

export function withBearerToken(base: KubeConfig, token: string): KubeConfig {
  const cluster = base.getCurrentCluster();
  if (!cluster) throw new Error(`The kubeconfig context "${base.getCurrentContext()}" names no cluster.`);
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [cluster],
    users: [{ name: USER, token }],
    contexts: [{ name: USER, cluster: cluster.name, user: USER }],
    currentContext: USER,
  });
  return kc;
}
