// The request-level Kubernetes calls of a site (writes, form helpers, access checks), made with one set of credentials.
import {
  AppsV1Api,
  AuthenticationV1Api,
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { SKUPPER_GROUP, type Connector, type SiteAccess } from '@connector-console/model';
import { SiteError } from '../errors.ts';
import type { PodSummary, SiteActions, SiteInfo, WorkloadSummary, WriteOptions } from '../types.ts';
import { toSiteError } from './apiErrors.ts';
import { customObjectParams, PLURALS } from './resources.ts';
import { selectablePods, workloadSummaries } from './workloads.ts';

const DRY_RUN = 'All';
const WRITE_VERBS = /^(create|update|delete) connector/;

export class KubernetesCalls implements SiteActions {
  private readonly custom: CustomObjectsApi;

  constructor(
    readonly info: SiteInfo,
    private readonly kubeConfig: KubeConfig,
    /** Called when a write is refused: the console's own credentials are then read-only in this site. */
    private readonly onWriteForbidden: () => void = () => undefined,
    /**
     * A person's token: one cluster refusing it is a refusal of this action (403), not a sign-out; access reviews,
     * which every request makes, still report a token that no site accepts.
     */
    private readonly personal = false,
  ) {
    this.custom = kubeConfig.makeApiClient(CustomObjectsApi);
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

  /** What these credentials may do with connectors here, as the API server's RBAC answers. */
  async access(): Promise<SiteAccess> {
    const authorization = this.kubeConfig.makeApiClient(AuthorizationV1Api);
    const may = (verb: string, plural: string) =>
      this.call(
        `check access to ${plural}`,
        () =>
          authorization.createSelfSubjectAccessReview({
            body: {
              apiVersion: 'authorization.k8s.io/v1',
              kind: 'SelfSubjectAccessReview',
              spec: {
                resourceAttributes: {
                  namespace: this.info.namespace,
                  verb,
                  group: SKUPPER_GROUP,
                  resource: plural,
                },
              },
            },
          }),
        true,
      ).then((review) => review.status?.allowed === true);
    // Site resources carry the controller's view of the whole network: reading them needs their own right.
    const [connectors, listeners, sites, create, update, remove] = await Promise.all([
      may('list', PLURALS.Connector),
      may('list', PLURALS.Listener),
      may('list', PLURALS.Site),
      may('create', PLURALS.Connector),
      may('update', PLURALS.Connector),
      may('delete', PLURALS.Connector),
    ]);
    return { read: connectors && listeners && sites, create, update, delete: remove };
  }

  /** The user name the API server gives these credentials. */
  async whoAmI(): Promise<string | undefined> {
    const authentication = this.kubeConfig.makeApiClient(AuthenticationV1Api);
    const review = await this.call(
      'check who is signed in',
      () =>
        authentication.createSelfSubjectReview({
          body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
        }),
      true,
    );
    return review.status?.userInfo?.username;
  }

  private async call<T>(what: string, run: () => Promise<T>, review = false): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const siteError = toSiteError(error, what, this.info.name);
      if (this.personal && !review && siteError.code === 'Unauthorized')
        throw new SiteError(
          'Forbidden',
          `Site ${this.info.name} does not accept your token: ${siteError.message}`,
        );
      if (siteError.code === 'Forbidden' && WRITE_VERBS.test(what)) this.onWriteForbidden();
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
