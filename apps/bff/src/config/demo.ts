// The built-in demo network as sites: started when no real site is found, or on --demo.
import { KubeConfig } from '@kubernetes/client-node';
import {
  DEMO_CLUSTERS,
  DEMO_LOCAL_NAMESPACE,
  startDemoNetwork,
  type DemoNetwork,
} from '@connector-console/testkit';
import { KubernetesSite } from '../sites/kubernetes/KubernetesSite.ts';
import { SystemSite } from '../sites/system/SystemSite.ts';
import type { SiteBackend } from '../sites/types.ts';
import { forContext } from './kubeconfig.ts';

export interface DemoSites {
  network: DemoNetwork;
  backends: SiteBackend[];
}

/** `root` is where the demo keeps its files: the project's ignored `.data/demo` folder, unless told otherwise. */
export async function startDemoSites(taken: ReadonlySet<string>, root: string): Promise<DemoSites> {
  const network = await startDemoNetwork(root);
  const base = new KubeConfig();
  base.loadFromFile(network.kubeconfig);
  const id = (name: string) => (taken.has(name) ? `demo-${name}` : name);
  const backends: SiteBackend[] = [
    ...DEMO_CLUSTERS.map(
      ({ name, namespace }) =>
        new KubernetesSite({ id: id(name), name, namespace, kubeConfig: forContext(base, name) }),
    ),
    new SystemSite({
      id: id(DEMO_LOCAL_NAMESPACE),
      name: DEMO_LOCAL_NAMESPACE,
      namespace: DEMO_LOCAL_NAMESPACE,
      dataHome: network.dataHome,
    }),
  ];
  return { network, backends };
}
