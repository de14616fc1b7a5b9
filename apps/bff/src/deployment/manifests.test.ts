// The deploy/ manifests: each parses, the kustomization names only files that exist, and the pieces fit together.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findKubectl, runKubectl } from '@connector-console/testkit';
import { parseConsoleFile } from '../config/consoleFile.ts';
import { DEPLOY_DIR, readManifests, type Manifest } from './manifests.ts';

interface Kustomization {
  resources: string[];
  configMapGenerator: { name: string; namespace: string; files: string[] }[];
}

/** The served versions of the kinds deploy/ uses; anything else is a typo or a kind no cluster serves. */
const API_VERSIONS: Record<string, string> = {
  Namespace: 'v1',
  ServiceAccount: 'v1',
  Service: 'v1',
  Deployment: 'apps/v1',
  ClusterRole: 'rbac.authorization.k8s.io/v1',
  RoleBinding: 'rbac.authorization.k8s.io/v1',
};

const kustomization = readManifests('kustomization.yaml')[0] as unknown as Kustomization;
const all = kustomization.resources.flatMap((file) => readManifests(file));
const find = (kind: string, name: string) => all.find((m) => m.kind === kind && m.metadata.name === name);

interface PodSpecLike {
  serviceAccountName: string;
  securityContext: { runAsNonRoot: boolean };
  containers: {
    args: string[];
    readinessProbe: { httpGet: { path: string } };
    livenessProbe: { httpGet: { path: string } };
    securityContext: { allowPrivilegeEscalation: boolean; readOnlyRootFilesystem: boolean };
  }[];
  volumes: { configMap?: { name: string } }[];
}

describe('deployment manifests', () => {
  it('lists only files that exist, and every document in them is a named Kubernetes object', () => {
    for (const file of [
      ...kustomization.resources,
      ...kustomization.configMapGenerator.flatMap((g) => g.files),
    ])
      expect(existsSync(path.join(DEPLOY_DIR, file)), file).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const manifest of all) {
      expect(manifest.apiVersion, `${manifest.kind} ${manifest.metadata.name}`).toBe(
        API_VERSIONS[manifest.kind],
      );
      expect(manifest.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });

  it('runs the console as a non-root, read-only container under its service account, with probes the BFF answers', () => {
    const deployment = find('Deployment', 'connector-console') as Manifest & {
      spec: { template: { spec: PodSpecLike } };
    };
    const pod = deployment.spec.template.spec;
    expect(find('ServiceAccount', pod.serviceAccountName)).toBeDefined();
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const container = pod.containers[0];
    expect(container?.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
    });
    expect(container?.readinessProbe.httpGet.path).toBe('/api/ready');
    expect(container?.livenessProbe.httpGet.path).toBe('/api/health');
    expect(container?.args).toEqual(
      expect.arrayContaining(['--config', '/etc/connector-console/console.yaml']),
    );
    expect(pod.volumes.map((v) => v.configMap?.name)).toContain(kustomization.configMapGenerator[0]?.name);
    expect(find('Service', 'connector-console')).toBeDefined();
  });

  it('lists sites in the ConfigMap that the console reads, and binds the watcher role in each site namespace', () => {
    const file = kustomization.configMapGenerator[0]?.files[0] ?? '';
    const config = parseConsoleFile(readFileSync(path.join(DEPLOY_DIR, file), 'utf8'), file);
    expect(config.perUser).toBe(true);
    const namespaces = (config.sites ?? []).map((site) => site.namespace);
    expect(namespaces.length).toBeGreaterThan(0);
    for (const namespace of namespaces) {
      const binding = all.find(
        (m) =>
          m.kind === 'RoleBinding' &&
          m.metadata.namespace === namespace &&
          (m.roleRef as { name: string }).name === 'connector-console-watcher',
      );
      expect(binding, `watcher RoleBinding in ${namespace ?? ''}`).toBeDefined();
    }
  });
});

/** kubectl's built-in kustomize understands `labels` from v4 on; Debian's old kubectl carries v2. */
async function modernKustomize(): Promise<string | undefined> {
  const kubectl = findKubectl();
  if (!kubectl) return undefined;
  const version = await runKubectl(kubectl, ['version', '--client'], process.env);
  const major = Number(/Kustomize Version: v(\d+)/.exec(version.stdout)?.[1] ?? 0);
  return major >= 4 ? kubectl : undefined;
}

const kubectl = await modernKustomize();

describe.skipIf(!kubectl)('deployment manifests, as kubectl kustomize renders them', () => {
  it('names the generated ConfigMap, with its content hash, in the Deployment', async () => {
    const rendered = await runKubectl(kubectl ?? '', ['kustomize', DEPLOY_DIR], process.env);
    expect(rendered.stderr).toBe('');
    const objects = parseAllDocuments(rendered.stdout).map((doc) => doc.toJS() as Manifest);
    const configMap = objects.find((m) => m.kind === 'ConfigMap');
    expect(configMap?.metadata.name).toMatch(/^connector-console-config-[a-z0-9]{10}$/);
    expect(configMap?.metadata.namespace).toBe('connector-console');
    const deployment = objects.find((m) => m.kind === 'Deployment') as Manifest & {
      spec: { template: { spec: PodSpecLike & { containers: { image: string }[] } } };
    };
    const pod = deployment.spec.template.spec;
    expect(pod.volumes.map((v) => v.configMap?.name)).toContain(configMap?.metadata.name);
    expect(pod.containers[0]?.image).toBe('quay.io/connector-console/connector-console:0.1.0');
    const bindings = objects.filter((m) => m.kind === 'RoleBinding').map((m) => m.metadata.namespace);
    expect(bindings).toEqual(expect.arrayContaining(['hello-world-east', 'hello-world-west']));
  });
});
