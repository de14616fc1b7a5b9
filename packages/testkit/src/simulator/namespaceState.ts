// What the simulated controller knows of one namespace of one cluster, and what in it still needs reconciling.
import type { NamespaceFacts } from './configuration.ts';
import { PodIndex, type PodSelector } from './pods.ts';

export interface SiteEntry {
  name: string;
  uid: string;
  creationTimestamp: string;
  generation: number;
  deleting: boolean;
  linkAccess: boolean;
  defaultIssuer: string;
}

/** What the controller last wrote to Matched, so that unchanged answers are not written again. */
export interface MatchedWrite {
  value: boolean;
  generation: number;
}

export interface ConnectorEntry {
  name: string;
  generation: number;
  routingKey: string;
  host?: string;
  selector?: PodSelector & { text: string };
  includeNotReadyPods: boolean;
  tlsCredentials?: string;
  /** What this connector tells the network while it is configured: its key and destination hosts. */
  announced?: { routingKey: string; destinations: string[] };
  matched?: MatchedWrite;
}

export interface ListenerEntry {
  name: string;
  generation: number;
  routingKey: string;
  host: string;
  tlsCredentials?: string;
  /** The routing key this listener announces to the network while it is configured. */
  announced?: { routingKey: string };
  matched?: MatchedWrite;
}

/** Per routing key, what this site announces: destination hosts of its connectors and names of its listeners. */
export type ServiceAnnouncements = Map<string, { connectors: Set<string>; listeners: Set<string> }>;

export class NamespaceState implements NamespaceFacts {
  readonly sites = new Map<string, SiteEntry>();
  readonly connectors = new Map<string, ConnectorEntry>();
  readonly listeners = new Map<string, ListenerEntry>();
  readonly secrets = new Set<string>();
  /** Service name → created by the controller (annotation internal.skupper.io/controlled). */
  readonly services = new Map<string, boolean>();
  readonly pods = new PodIndex();

  // Waiting for the Configured pass.
  readonly dirtyConnectors = new Set<string>();
  readonly dirtyListeners = new Set<string>();
  sitesDirty = false;
  readonly changedSecrets = new Set<string>();
  readonly changedServices = new Set<string>();
  readonly changedPodTerms = new Set<string>();
  podsChanged = false;

  // Kept by the network pass.
  announcements: ServiceAnnouncements = new Map();
  /** The network last written to this namespace's active Site (its uid and the records as JSON). */
  networkWritten = '';

  constructor(
    readonly cluster: string,
    readonly namespace: string,
  ) {}

  get address(): string {
    return `${this.cluster}/${this.namespace}`;
  }

  /** The controller serves one Site per namespace: the oldest one that is not being deleted. */
  activeSite(): SiteEntry | undefined {
    let active: SiteEntry | undefined;
    for (const site of this.sites.values()) {
      if (site.deleting) continue;
      const older =
        !active ||
        site.creationTimestamp < active.creationTimestamp ||
        (site.creationTimestamp === active.creationTimestamp && site.name < active.name);
      if (older) active = site;
    }
    return active;
  }

  get hasActiveSite(): boolean {
    return this.activeSite() !== undefined;
  }

  hasSecret(name: string): boolean {
    return this.secrets.has(name);
  }

  hasForeignService(name: string): boolean {
    return this.services.get(name) === false;
  }

  get hasConfigureWork(): boolean {
    return (
      this.sitesDirty ||
      this.podsChanged ||
      this.dirtyConnectors.size > 0 ||
      this.dirtyListeners.size > 0 ||
      this.changedSecrets.size > 0 ||
      this.changedServices.size > 0
    );
  }

  markAllBindingsDirty(): void {
    for (const name of this.connectors.keys()) this.dirtyConnectors.add(name);
    for (const name of this.listeners.keys()) this.dirtyListeners.add(name);
  }
}
