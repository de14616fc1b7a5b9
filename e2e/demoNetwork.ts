// Test support: reach the demo network's simulated clusters the way an operator would, through its kubeconfig.
import path from 'node:path';
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';

const DEMO_ROOT = path.resolve('test-results/e2e-demo');

export function demoCluster(context: 'east' | 'west'): CustomObjectsApi {
  const kc = new KubeConfig();
  kc.loadFromFile(path.join(DEMO_ROOT, 'kubeconfig'));
  kc.setCurrentContext(context);
  return kc.makeApiClient(CustomObjectsApi);
}

export const NAMESPACES = { east: 'hello-world-east', west: 'hello-world-west' } as const;

export function skupper(context: 'east' | 'west', plural: 'connectors' | 'listeners') {
  return { group: 'skupper.io', version: 'v2alpha1', namespace: NAMESPACES[context], plural };
}
