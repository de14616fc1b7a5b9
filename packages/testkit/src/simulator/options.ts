// How the simulated Skupper controller behaves: its delays, clock, version and which sites are linked.

/** A site by where it lives: `<cluster>/<namespace>`, e.g. `west/hello-world-west`. */
export type SiteAddress = `${string}/${string}`;

/** A Link from one site to another, as `skupper token redeem` creates it in the `from` site. */
export interface SiteLink {
  from: SiteAddress;
  to: SiteAddress;
  /** Default `link-<name of the remote site>`. */
  name?: string;
}

export interface SkupperSimulatorOptions {
  /**
   * How long after a change the network view (hasMatching*, Site.status.network) is refreshed. The real
   * controller only learns of the network through the routers, so this lags behind `Configured`.
   * Default 20 ms; a demo reads better with about 300 ms.
   */
  networkDelayMs?: number;
  /**
   * Which sites are linked. Default: every site is linked to the first one (by cluster order, then
   * namespace), so all sites form one network. When given, sites reach each other only through these links.
   */
  links?: SiteLink[];
  /** Version reported for each site in `Site.status.network`. Default `2.1.1`. */
  version?: string;
  /** Clock for condition transition times. */
  now?: () => Date;
  /** Called when a status write fails; by default the failure is reported as a process warning. */
  onError?: (error: unknown) => void;
}

export interface SimulatorSettings {
  networkDelayMs: number;
  links: SiteLink[] | undefined;
  version: string;
  now: () => Date;
  onError: (error: unknown) => void;
}

function reportAsWarning(error: unknown): void {
  process.emitWarning(error instanceof Error ? error : String(error), 'SkupperSimulatorWarning');
}

export function resolveOptions(options: SkupperSimulatorOptions): SimulatorSettings {
  const networkDelayMs = options.networkDelayMs ?? 20;
  if (!Number.isFinite(networkDelayMs) || networkDelayMs < 0) {
    throw new Error(
      `networkDelayMs must be zero or more milliseconds, got ${String(options.networkDelayMs)}`,
    );
  }
  return {
    networkDelayMs,
    links: options.links,
    version: options.version ?? '2.1.1',
    now: options.now ?? (() => new Date()),
    onError: options.onError ?? reportAsWarning,
  };
}
