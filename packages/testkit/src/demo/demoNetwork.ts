// The built-in demo: Hello World on two simulated Kubernetes clusters plus one local Podman site, with simulated controllers.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startApiServer, type ApiServer } from '../apiserver/index.ts';
import { createLocalDataHome } from '../localsite/dataHome.ts';
import {
  startSystemControllerSimulator,
  type SystemControllerSimulator,
} from '../localsite/controllerSimulator.ts';
import {
  HELLO_WORLD_LINKS,
  seedHelloWorld,
  startSkupperSimulator,
  type SkupperSimulator,
} from '../simulator/index.ts';

export const DEMO_CLUSTERS = [
  { name: 'east', namespace: 'hello-world-east' },
  { name: 'west', namespace: 'hello-world-west' },
] as const;

export const DEMO_LOCAL_NAMESPACE = 'edge';

export interface DemoNetwork {
  kubeconfig: string;
  dataHome: string;
  api: ApiServer;
  close(): Promise<void>;
}

/**
 * Starts the demo under `root` (a folder the caller owns, e.g. the project's ignored data folder). The local site's
 * files are kept between runs, so what a person creates there is still there next time.
 */
export async function startDemoNetwork(root: string): Promise<DemoNetwork> {
  await mkdir(root, { recursive: true });
  const api = await startApiServer({ clusters: [...DEMO_CLUSTERS] });
  seedHelloWorld(api);
  // About 300 ms per network refresh lets a person watch status settle, as with a real controller.
  const simulator: SkupperSimulator = startSkupperSimulator(api, {
    networkDelayMs: 300,
    links: HELLO_WORLD_LINKS,
  });
  const kubeconfig = await api.writeKubeconfig(path.join(root, 'kubeconfig'));

  const dataHome = path.join(root, 'skupper');
  if (!existsSync(path.join(dataHome, 'namespaces', DEMO_LOCAL_NAMESPACE))) {
    await createLocalDataHome({
      root: dataHome,
      namespaces: [
        {
          name: DEMO_LOCAL_NAMESPACE,
          platform: 'podman',
          site: DEMO_LOCAL_NAMESPACE,
          connectors: [{ name: 'inventory', port: 9090, host: 'localhost' }],
          listeners: [{ name: 'backend', routingKey: 'backend', port: 8081, host: 'localhost' }],
        },
      ],
    });
  }
  const systemController: SystemControllerSimulator = await startSystemControllerSimulator(
    dataHome,
    DEMO_LOCAL_NAMESPACE,
    {
      platform: 'podman',
    },
  );
  return {
    kubeconfig,
    dataHome,
    api,
    async close() {
      simulator.stop();
      await systemController.stop();
      await api.close();
    },
  };
}
