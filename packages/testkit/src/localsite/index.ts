// Local-site fixtures: Skupper data homes on disk and a simulated system controller.
export {
  createLocalDataHome,
  type LocalDataHome,
  type LocalDataHomeOptions,
  type LocalNamespaceFixture,
} from './dataHome.ts';
export {
  localConnector,
  localListener,
  localSite,
  resourceYaml,
  writeResourceFile,
  type LocalConnectorFixture,
  type LocalListenerFixture,
  type LocalSiteFixture,
} from './fixtureResources.ts';
export { holdControllerLock, type HeldLock } from './controllerLock.ts';
export { readInputResources } from './inputResources.ts';
export { runtimeResources, type RuntimeOptions } from './runtimeStatus.ts';
export { writeRuntime, type RuntimeWrite } from './runtimeFiles.ts';
export {
  startSystemControllerSimulator,
  type ControllerSimulatorOptions,
  type SystemControllerSimulator,
} from './controllerSimulator.ts';
