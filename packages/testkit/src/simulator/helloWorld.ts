// Skupper's Hello World in two clusters: the backend and its connector in east, the frontend and a listener in west.
import type { KubeObject } from '../apiserver/objects.ts';
import { isKindName } from '../apiserver/resources/registry.ts';
import type { SimulatedClusters } from './skupperSimulator.ts';
import type { SiteLink } from './options.ts';
import {
  connectorObject,
  deploymentObject,
  listenerObject,
  podObject,
  secretObject,
  siteObject,
} from './workloads.ts';

export const HELLO_WORLD = {
  east: { cluster: 'east', namespace: 'hello-world-east' },
  west: { cluster: 'west', namespace: 'hello-world-west' },
} as const;

/** As in the tutorial: west issues a token with link access enabled, east redeems it. */
export const HELLO_WORLD_LINKS: SiteLink[] = [{ from: 'east/hello-world-east', to: 'west/hello-world-west' }];

const BACKEND_IMAGE = 'quay.io/skupper/hello-world-backend';
const FRONTEND_IMAGE = 'quay.io/skupper/hello-world-frontend';

function eastObjects(): KubeObject[] {
  const { namespace } = HELLO_WORLD.east;
  const labels = { app: 'backend' };
  const shape = { namespace, labels, image: BACKEND_IMAGE, port: 8080 };
  const pods = ['x2k4m', 'q7n9d', 'w5c8t'].map((suffix, index) =>
    podObject({ ...shape, name: `backend-7d8f9c6b5-${suffix}`, ip: `10.244.1.${11 + index}` }),
  );
  return [
    siteObject('east', namespace),
    deploymentObject({ ...shape, name: 'backend', replicas: 3 }),
    ...pods,
    connectorObject('backend', namespace, { routingKey: 'backend', port: 8080, selector: 'app=backend' }),
    secretObject('backend-tls', namespace),
    secretObject('backend-ca', namespace, 'Opaque'),
  ];
}

function westObjects(): KubeObject[] {
  const { namespace } = HELLO_WORLD.west;
  const shape = { namespace, labels: { app: 'frontend' }, image: FRONTEND_IMAGE, port: 8080 };
  return [
    siteObject('west', namespace, { linkAccess: 'default' }),
    deploymentObject({ ...shape, name: 'frontend', replicas: 1 }),
    podObject({ ...shape, name: 'frontend-5b6c7d8e9-h3j6k', ip: '10.244.2.21' }),
    listenerObject('backend', namespace, { routingKey: 'backend', host: 'backend', port: 8080 }),
    secretObject('frontend-tls', namespace),
  ];
}

/**
 * Creates the Hello World objects in the clusters `east` and `west`, leaving any that already exist alone.
 * Returns the objects it created, as stored.
 */
export function seedHelloWorld(apiServer: SimulatedClusters): KubeObject[] {
  const created: KubeObject[] = [];
  const seeds = [
    [HELLO_WORLD.east.cluster, eastObjects()],
    [HELLO_WORLD.west.cluster, westObjects()],
  ] as const;
  for (const [clusterName, objects] of seeds) {
    const { store } = apiServer.cluster(clusterName);
    for (const object of objects) {
      const exists =
        isKindName(object.kind) &&
        store.get(object.kind, object.metadata.namespace, object.metadata.name ?? '');
      if (exists) continue;
      created.push(store.create(object));
    }
  }
  return created;
}
