// A local Skupper namespace (Docker, Podman, Linux) as a site: files in, file watches out, writes to input/.
import { readdir } from 'node:fs/promises';
import type { Connector, LocalPlatform } from '@connector-console/model';
import type {
  ApplyResult,
  PodSummary,
  SiteBackend,
  SiteEventSink,
  SiteInfo,
  WorkloadSummary,
  WriteOptions,
} from '../types.ts';
import { ConnectorFiles } from './ConnectorFiles.ts';
import { controllerLockState, type ControllerLockProbe } from './controllerLock.ts';
import { namespaceLayout, type NamespaceLayout } from './layout.ts';
import { NamespaceWatcher } from './namespaceWatcher.ts';
import { readPlatformFile, type PlatformReading } from './platformFile.ts';
import { scanNamespace } from './namespaceScan.ts';
import { isMissing } from './resourceFiles.ts';
import { HealthReport, healthVerdict, type SiteObservation } from './siteHealth.ts';
import { emptySnapshot, publishSnapshot, type SiteSnapshot } from './siteSnapshot.ts';
import { runSystemReload } from './systemReload.ts';

export interface SystemSiteOptions {
  id: string;
  name: string;
  /** The folder holding `namespaces/`: /var/lib/skupper for root, else $XDG_DATA_HOME/skupper. */
  dataHome: string;
  namespace: string;
  /** Overrides `internal/platform.yaml`. */
  platform?: LocalPlatform;
  /** Quiet time that ends a burst of file events before the site is re-read. */
  debounceMs?: number;
  /** How often to check whether a system controller holds namespaces/controller.lock. */
  controllerCheckMs?: number;
  presencePollMs?: number;
  resyncMs?: number;
  /** Where to look for the skupper command; defaults to PATH. */
  skupperSearchPath?: string;
  reloadTimeoutMs?: number;
  lockProbe?: ControllerLockProbe;
}

type ScanMode = 'full' | 'changes';

export class SystemSite implements SiteBackend {
  private readonly layout: NamespaceLayout;
  private readonly connectors: ConnectorFiles;
  private platformReading: PlatformReading;
  private sink: SiteEventSink | undefined;
  private health: HealthReport | undefined;
  private watcher: NamespaceWatcher | undefined;
  private controllerTimer: NodeJS.Timeout | undefined;
  private snapshot: SiteSnapshot = emptySnapshot();
  private observation: SiteObservation = {
    present: false,
    controller: 'free',
    problems: [],
    runtimePresent: false,
  };
  private pendingScan: ScanMode | undefined;
  private scanning: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: SystemSiteOptions) {
    this.layout = namespaceLayout(options.dataHome, options.namespace);
    this.platformReading = this.readPlatform();
    this.connectors = new ConnectorFiles(this.layout, () => this.platformReading.platform);
  }

  get info(): SiteInfo {
    const { id, name, namespace } = this.options;
    return { id, name, kind: 'system', platform: this.platformReading.platform, namespace };
  }

  async start(sink: SiteEventSink): Promise<void> {
    this.sink = sink;
    this.stopped = false;
    this.health = new HealthReport((health) => sink.health(health));
    this.health.update({ state: 'connecting', statusLive: false }, false);
    this.watcher = new NamespaceWatcher({
      namespaceDir: this.layout.namespaceDir,
      onChange: () => void this.rescan('changes'),
      debounceMs: this.options.debounceMs,
      presencePollMs: this.options.presencePollMs,
      resyncMs: this.options.resyncMs,
    });
    // Watch first, then read: a change in between is then seen twice rather than not at all.
    await this.watcher.start();
    await this.rescan('full');
    this.controllerTimer = setInterval(
      () => void this.checkController(),
      this.options.controllerCheckMs ?? 10_000,
    );
    this.controllerTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.controllerTimer);
    await this.watcher?.close();
    this.watcher = undefined;
    await this.scanning;
  }

  createConnector(connector: Connector, options?: WriteOptions): Promise<Connector> {
    return this.connectors.create(connector, options);
  }

  replaceConnector(name: string, connector: Connector, options?: WriteOptions): Promise<Connector> {
    return this.connectors.replace(name, connector, options);
  }

  patchConnector(name: string, patch: Record<string, unknown>, options?: WriteOptions): Promise<Connector> {
    return this.connectors.patch(name, patch, options);
  }

  deleteConnector(name: string, options?: { resourceVersion?: string }): Promise<void> {
    return this.connectors.remove(name, options?.resourceVersion);
  }

  /** Local TLS credentials are folders under input/certs/. */
  readConnectorSource(name: string): Promise<string | undefined> {
    return this.connectors.source(name);
  }

  async listTlsCredentials(): Promise<string[]> {
    try {
      const entries = await readdir(this.layout.inputCerts, { withFileTypes: true });
      return entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  /** Local sites have no pods: connectors name a host. */
  async listPods(): Promise<PodSummary[]> {
    return [];
  }

  async listWorkloads(): Promise<WorkloadSummary[]> {
    return [];
  }

  apply(): Promise<ApplyResult> {
    return runSystemReload({
      namespace: this.layout.namespace,
      platform: this.platformReading.platform,
      searchPath: this.options.skupperSearchPath,
      timeoutMs: this.options.reloadTimeoutMs,
    });
  }

  private readPlatform(): PlatformReading {
    const chosen = this.options.platform;
    return chosen ? { platform: chosen } : readPlatformFile(this.layout.platformFile);
  }

  /** Re-reads the site; scans never overlap, and requests made during one are folded into the next. */
  private rescan(mode: ScanMode): Promise<void> {
    this.pendingScan = mode === 'full' || this.pendingScan === 'full' ? 'full' : 'changes';
    this.scanning ??= this.scanLoop().finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private async scanLoop(): Promise<void> {
    while (this.pendingScan && !this.stopped) {
      const mode = this.pendingScan;
      this.pendingScan = undefined;
      await this.scanOnce(mode);
    }
  }

  private async scanOnce(mode: ScanMode): Promise<void> {
    this.platformReading = this.readPlatform();
    const { snapshot, observation } = await scanNamespace(this.layout, this.options.lockProbe);
    if (this.stopped) return;
    const previous = this.snapshot;
    const next = snapshot ?? previous;
    this.snapshot = next;
    if (this.sink) {
      publishSnapshot(
        this.sink,
        previous,
        next,
        mode === 'full' || observation.present !== this.observation.present,
      );
    }
    this.observation = observation;
    this.report(snapshot !== undefined && observation.present);
  }

  private async checkController(): Promise<void> {
    if (!this.observation.present) return;
    const controller = await controllerLockState(this.layout.controllerLock, this.options.lockProbe);
    if (this.stopped || controller === this.observation.controller) return;
    this.observation = { ...this.observation, controller };
    this.report(false);
  }

  private report(synced: boolean): void {
    const health = this.health;
    if (!health) return;
    health.update(
      healthVerdict(this.observation, this.layout, this.platformReading, health.everSynced || synced),
      synced,
    );
  }
}
