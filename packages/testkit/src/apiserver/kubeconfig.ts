// Kubeconfig for the test server: one cluster, user and context per simulated cluster, trusting its certificate.
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';

export interface KubeconfigCluster {
  name: string;
  server: string;
  namespace: string;
  token: string;
}

export interface KubeconfigOptions {
  /** Bearer token per cluster name, replacing the cluster's default token (e.g. to act as another user). */
  tokens?: Readonly<Record<string, string>>;
  /** Default: the first cluster. */
  currentContext?: string;
}

export function buildKubeconfig(
  clusters: readonly KubeconfigCluster[],
  caCertificate: string,
  options: KubeconfigOptions = {},
): string {
  const caData = Buffer.from(caCertificate).toString('base64');
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: clusters.map(({ name, server }) => ({
      name,
      cluster: { server, 'certificate-authority-data': caData },
    })),
    users: clusters.map(({ name, token }) => ({
      name: `${name}-user`,
      user: { token: options.tokens?.[name] ?? token },
    })),
    contexts: clusters.map(({ name, namespace }) => ({
      name,
      context: { cluster: name, user: `${name}-user`, namespace },
    })),
    'current-context': options.currentContext ?? clusters[0]?.name ?? '',
    preferences: {},
  });
}

export async function writeKubeconfigFile(file: string, text: string): Promise<string> {
  await writeFile(file, text, { mode: 0o600 });
  return file;
}
