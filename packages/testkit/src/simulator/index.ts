// The simulated Skupper controller, Hello World seeding and network generators for the Kubernetes API test server.
export { startSkupperSimulator, type SimulatedClusters, type SkupperSimulator } from './skupperSimulator.ts';
export type { SiteAddress, SiteLink, SkupperSimulatorOptions } from './options.ts';
export {
  NO_ACTIVE_SITE,
  NO_SELECTOR_MATCH,
  NO_TARGET,
  serviceAlreadyExists,
  tlsSecretNotFound,
} from './configuration.ts';
export { HELLO_WORLD, HELLO_WORLD_LINKS, seedHelloWorld } from './helloWorld.ts';
export {
  generateNetwork,
  loadNetwork,
  type GeneratedCluster,
  type GeneratedNetwork,
  type GenerateNetworkOptions,
} from './generateNetwork.ts';
export {
  connectorObject,
  deploymentObject,
  listenerObject,
  podObject,
  secretObject,
  siteObject,
  type PodShape,
  type WorkloadShape,
} from './workloads.ts';
export { SeededRandom } from './seededRandom.ts';
