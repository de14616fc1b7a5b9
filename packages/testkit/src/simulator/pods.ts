// The pods of one namespace, indexed by label, and which of them a connector's selector picks.
import { matchesLabelSelector, parseLabelSelector, type LabelRequirement } from '@connector-console/model';
import { isJsonObject, labelsOf, type KubeObject } from '../apiserver/objects.ts';

export interface PodInfo {
  name: string;
  labels: Record<string, string>;
  ip?: string;
  ready: boolean;
  running: boolean;
  deleting: boolean;
}

export function podInfoOf(pod: KubeObject): PodInfo {
  const status = isJsonObject(pod.status) ? pod.status : {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.some((c) => isJsonObject(c) && c.type === 'Ready' && c.status === 'True');
  const info: PodInfo = {
    name: pod.metadata.name ?? '',
    labels: { ...labelsOf(pod) },
    ready,
    running: status.phase === 'Running',
    deleting: Boolean(pod.metadata.deletionTimestamp),
  };
  if (typeof status.podIP === 'string' && status.podIP !== '') info.ip = status.podIP;
  return info;
}

export const labelTerm = (key: string, value: string) => `${key}=${value}`;

/** A parsed selector; `indexTerm` is an equality the candidates must satisfy, to avoid scanning every pod. */
export interface PodSelector {
  requirements: LabelRequirement[] | undefined;
  indexTerm?: string;
}

/** An unparsable selector selects nothing. */
export function compilePodSelector(text: string): PodSelector {
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) return { requirements: undefined };
  const equality = parsed.requirements.find(
    (r) => (r.operator === '=' || r.operator === '==') && r.values.length === 1,
  );
  const value = equality?.values[0];
  return equality && value !== undefined
    ? { requirements: parsed.requirements, indexTerm: labelTerm(equality.key, value) }
    : { requirements: parsed.requirements };
}

export class PodIndex {
  private readonly pods = new Map<string, PodInfo>();
  private readonly byTerm = new Map<string, Set<string>>();

  /** Stores the pod; answers the label terms of its old and new labels, or undefined when nothing changed. */
  put(info: PodInfo): string[] | undefined {
    const previous = this.pods.get(info.name);
    if (previous && JSON.stringify(previous) === JSON.stringify(info)) return undefined;
    if (previous) this.unindex(previous);
    this.pods.set(info.name, info);
    for (const [key, value] of Object.entries(info.labels)) {
      const term = labelTerm(key, value);
      let names = this.byTerm.get(term);
      if (!names) this.byTerm.set(term, (names = new Set()));
      names.add(info.name);
    }
    return [...new Set([...termsOf(previous), ...termsOf(info)])];
  }

  remove(name: string): string[] | undefined {
    const previous = this.pods.get(name);
    if (!previous) return undefined;
    this.unindex(previous);
    this.pods.delete(name);
    return termsOf(previous);
  }

  /** Running pods that are not being deleted and are Ready (or any readiness with includeNotReadyPods). */
  select(selector: PodSelector, includeNotReadyPods: boolean): PodInfo[] {
    const { requirements, indexTerm } = selector;
    if (!requirements) return [];
    const names = indexTerm === undefined ? [...this.pods.keys()] : [...(this.byTerm.get(indexTerm) ?? [])];
    return names
      .sort()
      .map((name) => this.pods.get(name))
      .filter(
        (pod): pod is PodInfo =>
          pod !== undefined &&
          pod.running &&
          !pod.deleting &&
          (pod.ready || includeNotReadyPods) &&
          matchesLabelSelector(requirements, pod.labels),
      );
  }

  private unindex(info: PodInfo): void {
    for (const term of termsOf(info)) {
      const names = this.byTerm.get(term);
      names?.delete(info.name);
      if (names?.size === 0) this.byTerm.delete(term);
    }
  }
}

function termsOf(info: PodInfo | undefined): string[] {
  return info ? Object.entries(info.labels).map(([key, value]) => labelTerm(key, value)) : [];
}
