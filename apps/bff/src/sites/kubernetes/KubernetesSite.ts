// A Kubernetes namespace as a site: informers feed the sink; requests' calls go through KubernetesCalls.
import {
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesObject,
  type Informer,
  type ObjectCache,
  makeInformer,
} from '@kubernetes/client-node';
import type { Connector } from '@connector-console/model';
import type {
  PodSummary,
  SiteBackend,
  SiteEventSink,
  SiteInfo,
  WatchedKind,
  WatchedResource,
  WorkloadSummary,
  WriteOptions,
} from '../types.ts';
import { toSiteError } from './apiErrors.ts';
import { collectionPath, customObjectParams, WATCHED_KINDS } from './resources.ts';
import { SiteHealthTracker } from '../SiteHealthTracker.ts';
import { KubernetesCalls } from './KubernetesCalls.ts';
import { withBearerToken } from './userKubeConfig.ts';

export interface KubernetesSiteOptions {
  id: string;
  name: string;
  namespace: string;
  /** A KubeConfig whose current context points at the site's cluster. */
  kubeConfig: KubeConfig;
  /** First retry delay after a failed list or watch; doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

type WatchedInformer = Informer<KubernetesObject> & ObjectCache<KubernetesObject>;

export class KubernetesSite implements SiteBackend {
  readonly info: SiteInfo;
  private readonly kubeConfig: KubeConfig;
  private readonly custom: CustomObjectsApi;
  private readonly calls: KubernetesCalls;
  private readonly informers = new Map<WatchedKind, WatchedInformer>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private health: SiteHealthTracker | undefined;
  private stopped = false;

  constructor(options: KubernetesSiteOptions) {
    this.info = {
      id: options.id,
      name: options.name,
      kind: 'kubernetes',
      platform: 'kubernetes',
      namespace: options.namespace,
    };
    this.kubeConfig = options.kubeConfig;
    this.custom = options.kubeConfig.makeApiClient(CustomObjectsApi);
    this.calls = new KubernetesCalls(this.info, options.kubeConfig, () => this.health?.readOnly());
    this.retryMs = options.retryMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 30_000;
  }

  async start(sink: SiteEventSink): Promise<void> {
    this.stopped = false;
    this.health = new SiteHealthTracker(WATCHED_KINDS, (health) => sink.health(health));
    await Promise.all(WATCHED_KINDS.map((kind) => this.startInformer(kind, sink)));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    await Promise.all([...this.informers.values()].map((informer) => informer.stop()));
    this.informers.clear();
  }

  private async startInformer(kind: WatchedKind, sink: SiteEventSink): Promise<void> {
    const { namespace } = this.info;
    const params = customObjectParams(namespace, kind);
    const informer = makeInformer<KubernetesObject>(this.kubeConfig, collectionPath(namespace, kind), () =>
      this.custom.listNamespacedCustomObject(params),
    ) as WatchedInformer;
    this.informers.set(kind, informer);
    const emit = (type: 'ADDED' | 'MODIFIED' | 'DELETED') => (obj: KubernetesObject) =>
      sink.change(kind, type, obj as WatchedResource);
    informer.on('add', emit('ADDED'));
    informer.on('update', emit('MODIFIED'));
    informer.on('delete', emit('DELETED'));
    let failures = 0;
    let failedThisRound = false;
    informer.on('error', (error: unknown) => {
      failedThisRound = true;
      if (this.stopped) return;
      this.health?.failed(kind, toSiteError(error, `watch ${kind.toLowerCase()}s`, this.info.name).message);
      const delay = Math.min(this.retryMs * 2 ** failures, this.maxRetryMs);
      failures += 1;
      const timer = setTimeout(() => {
        this.retryTimers.delete(timer);
        void run();
      }, delay);
      this.retryTimers.add(timer);
    });
    const run = async (): Promise<void> => {
      failedThisRound = false;
      await informer.start();
      if (!failedThisRound && !this.stopped) {
        failures = 0;
        this.health?.synced(kind);
      }
    };
    await run();
  }

  createConnector(connector: Connector, options?: WriteOptions): Promise<Connector> {
    return this.calls.createConnector(connector, options);
  }

  replaceConnector(name: string, connector: Connector, options?: WriteOptions): Promise<Connector> {
    return this.calls.replaceConnector(name, connector, options);
  }

  patchConnector(name: string, patch: Record<string, unknown>, options?: WriteOptions): Promise<Connector> {
    return this.calls.patchConnector(name, patch, options);
  }

  deleteConnector(name: string, options?: { resourceVersion?: string }): Promise<void> {
    return this.calls.deleteConnector(name, options);
  }

  listTlsCredentials(): Promise<string[]> {
    return this.calls.listTlsCredentials();
  }

  listPods(selector: string, includeNotReady: boolean): Promise<PodSummary[]> {
    return this.calls.listPods(selector, includeNotReady);
  }

  listWorkloads(): Promise<WorkloadSummary[]> {
    return this.calls.listWorkloads();
  }

  /** The person's own token replaces the console's credentials; one person's refusal never marks the site read-only. */
  asUser(token: string): KubernetesCalls {
    return new KubernetesCalls(this.info, withBearerToken(this.kubeConfig, token), undefined, true);
  }
}
