// The Kubernetes API test server: public API for tests, fixtures, benchmarks and simulators.
export { startApiServer, type ApiServer, type ApiServerOptions, type SimulatedCluster } from './server.ts';
export type { ClusterOptions } from './cluster.ts';
export { Faults, type FailureRule, type OutageMode } from './faults.ts';
export type { AuthHooks, RequestAttributes, UserInfo } from './http/auth.ts';
export type { KubeconfigOptions } from './kubeconfig.ts';
export {
  ClusterStore,
  type ClusterStoreOptions,
  type DeleteOptions,
  type PatchOptions,
  type ReplaceOptions,
  type StatusValue,
} from './store/ClusterStore.ts';
export type { FieldValidation, WriteOptions } from './store/lifecycle.ts';
export type { StoreChange, ChangeType } from './store/changes.ts';
export type { Patch, PatchType } from './store/patch.ts';
export type { SelectorOptions } from './store/selectors.ts';
export type { KindName } from './resources/types.ts';
export type { KubeObject } from './objects.ts';
export { ApiError, type Status, type StatusCause, type StatusDetails } from './errors/status.ts';
export { findKubectl, runKubectl, type KubectlResult } from './kubectlBinary.ts';
