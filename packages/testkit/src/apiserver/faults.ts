// Faults a test can inject: latency, failing requests, dropped watches, and clusters that stop answering.
import type { Cluster } from './cluster.ts';

export interface FailureRule {
  /** How many matching requests fail. */
  count: number;
  /** HTTP status to answer with, e.g. 500, 503, 429, 403. */
  code: number;
  message?: string;
  /** Only requests to this cluster; any cluster when absent. */
  cluster?: string;
  /** Only this HTTP method (GET, POST, PUT, PATCH, DELETE). */
  method?: string;
  /** Only requests whose path (after the cluster prefix, with query) contains this text, e.g. `/connectors`. */
  pathIncludes?: string;
}

/** `reset`: connections are cut, as a client sees an unreachable cluster. `unavailable`: 503 answers. */
export type OutageMode = 'reset' | 'unavailable';

export interface RequestFacts {
  cluster: string;
  method: string;
  path: string;
}

export class Faults {
  private latency = new Map<string | undefined, number>();
  private rules: FailureRule[] = [];
  private readonly outages = new Map<string, OutageMode>();

  constructor(private readonly clusters: ReadonlyMap<string, Cluster>) {}

  /** Delay every request (of one cluster, or all when `cluster` is absent) by `ms` milliseconds. */
  setLatency(ms: number, cluster?: string): void {
    if (ms > 0) this.latency.set(cluster, ms);
    else this.latency.delete(cluster);
  }

  /** Make the next `rule.count` matching requests fail with `rule.code`. */
  failNext(rule: FailureRule): void {
    this.rules.push({ ...rule });
  }

  /** End every open watch (of one cluster or all); clients see the stream close and must re-watch. */
  dropWatches(cluster?: string, mode: 'end' | 'reset' = 'end'): number {
    let dropped = 0;
    for (const target of this.targets(cluster)) dropped += target.closeWatches(mode);
    return dropped;
  }

  /** The cluster stops answering: its open watches are cut and new requests fail as `mode` says. */
  takeDown(cluster: string, mode: OutageMode = 'reset'): void {
    this.outages.set(this.requireCluster(cluster).name, mode);
    this.dropWatches(cluster, 'reset');
  }

  bringUp(cluster: string): void {
    this.outages.delete(this.requireCluster(cluster).name);
  }

  outageOf(cluster: string): OutageMode | undefined {
    return this.outages.get(cluster);
  }

  latencyFor(cluster: string): number {
    return this.latency.get(cluster) ?? this.latency.get(undefined) ?? 0;
  }

  /** The failure this request must get, if a rule matches; consumes one use of the rule. */
  takeFailure(request: RequestFacts): FailureRule | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (candidate.cluster === undefined || candidate.cluster === request.cluster) &&
        (candidate.method === undefined || candidate.method.toUpperCase() === request.method) &&
        (candidate.pathIncludes === undefined || request.path.includes(candidate.pathIncludes)),
    );
    if (!rule) return undefined;
    rule.count--;
    if (rule.count <= 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return rule;
  }

  /** Back to a healthy server: no latency, no pending failures, every cluster up. */
  reset(): void {
    this.latency.clear();
    this.rules = [];
    this.outages.clear();
  }

  private targets(cluster?: string): Cluster[] {
    return cluster === undefined ? [...this.clusters.values()] : [this.requireCluster(cluster)];
  }

  private requireCluster(name: string): Cluster {
    const cluster = this.clusters.get(name);
    if (!cluster) throw new Error(`no cluster named "${name}"`);
    return cluster;
  }
}
