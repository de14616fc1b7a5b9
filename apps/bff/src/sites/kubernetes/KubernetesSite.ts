// A Kubernetes namespace as a site: informers feed the sink; writes go to the API server with preconditions.
import {
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesObject,
  type Informer,
  type ObjectCache,
  makeInformer,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import type { Connector } from '@connector-console/model';
import { SiteError } from '../errors.ts';
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
import { selectablePods, workloadSummaries } from './workloads.ts';

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
const DRY_RUN = 'All';
const WRITE_VERBS = /^(create|update|delete) connector/;

export class KubernetesSite implements SiteBackend {
  readonly info: SiteInfo;
  private readonly kubeConfig: KubeConfig;
  private readonly custom: CustomObjectsApi;
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

  async createConnector(connector: Connector, options: WriteOptions = {}): Promise<Connector> {
    const body = withoutStatus(connector, this.info.namespace);
    return this.call(`create connector "${connector.metadata.name ?? ''}"`, () =>
      this.custom.createNamespacedCustomObject({
        ...customObjectParams(this.info.namespace, 'Connector'),
        body,
        ...(options.dryRun ? { dryRun: DRY_RUN } : {}),
      }),
    );
  }

  async replaceConnector(name: string, connector: Connector, options: WriteOptions = {}): Promise<Connector> {
    if (!connector.metadata.resourceVersion) {
      throw new SiteError(
        'BadRequest',
        'metadata.resourceVersion is required to replace a connector, so that a newer change is never overwritten.',
      );
    }
    return this.withCurrentOnConflict(name, () =>
      this.call(`update connector "${name}"`, () =>
        this.custom.replaceNamespacedCustomObject({
          ...customObjectParams(this.info.namespace, 'Connector'),
          name,
          body: withoutStatus(connector, this.info.namespace),
          ...(options.dryRun ? { dryRun: DRY_RUN } : {}),
        }),
      ),
    );
  }

  async patchConnector(
    name: string,
    patch: Record<string, unknown>,
    options: WriteOptions = {},
  ): Promise<Connector> {
    const { status: _ignored, ...body } = patch;
    return this.withCurrentOnConflict(name, () =>
      this.call(`update connector "${name}"`, () =>
        this.custom.patchNamespacedCustomObject(
          {
            ...customObjectParams(this.info.namespace, 'Connector'),
            name,
            body,
            ...(options.dryRun ? { dryRun: DRY_RUN } : {}),
          },
          setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
        ),
      ),
    );
  }

  async deleteConnector(name: string, options: { resourceVersion?: string } = {}): Promise<void> {
    await this.withCurrentOnConflict(name, () =>
      this.call(`delete connector "${name}"`, () =>
        this.custom.deleteNamespacedCustomObject({
          ...customObjectParams(this.info.namespace, 'Connector'),
          name,
          ...(options.resourceVersion
            ? { body: { preconditions: { resourceVersion: options.resourceVersion } } }
            : {}),
        }),
      ),
    );
  }

  async listTlsCredentials(): Promise<string[]> {
    const core = this.kubeConfig.makeApiClient(CoreV1Api);
    // Ask for metadata only, so that no secret's data ever reaches the console.
    const list = await this.call<{ items?: { metadata?: { name?: string } }[] }>('list secrets', () =>
      core.listNamespacedSecret(
        { namespace: this.info.namespace },
        setHeaderOptions('Accept', 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1'),
      ),
    );
    return (list.items ?? [])
      .map((item) => item.metadata?.name ?? '')
      .filter(Boolean)
      .sort();
  }

  async listPods(selector: string, includeNotReady: boolean): Promise<PodSummary[]> {
    const core = this.kubeConfig.makeApiClient(CoreV1Api);
    const list = await this.call('list pods', () =>
      core.listNamespacedPod({ namespace: this.info.namespace, labelSelector: selector }),
    );
    return selectablePods(list.items, includeNotReady);
  }

  async listWorkloads(): Promise<WorkloadSummary[]> {
    const apps = this.kubeConfig.makeApiClient(AppsV1Api);
    const core = this.kubeConfig.makeApiClient(CoreV1Api);
    const namespace = this.info.namespace;
    const [deployments, statefulSets, daemonSets, services] = await this.call('list workloads', () =>
      Promise.all([
        apps.listNamespacedDeployment({ namespace }),
        apps.listNamespacedStatefulSet({ namespace }),
        apps.listNamespacedDaemonSet({ namespace }),
        core.listNamespacedService({ namespace }),
      ]),
    );
    return workloadSummaries(deployments.items, statefulSets.items, daemonSets.items, services.items);
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const siteError = toSiteError(error, what, this.info.name);
      if (siteError.code === 'Forbidden' && WRITE_VERBS.test(what)) this.health?.readOnly();
      throw siteError;
    }
  }

  /** A 409 carries the object as it is now, so the person can compare before deciding. */
  private async withCurrentOnConflict<T>(name: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof SiteError) || error.code !== 'Conflict') throw error;
      const current = await this.custom
        .getNamespacedCustomObject({ ...customObjectParams(this.info.namespace, 'Connector'), name })
        .catch(() => undefined);
      throw new SiteError('Conflict', error.message, { current });
    }
  }
}

function withoutStatus(connector: Connector, namespace: string): Omit<Connector, 'status'> {
  const { status: _ignored, ...rest } = connector;
  return { ...rest, metadata: { ...rest.metadata, namespace } };
}
