// What the connector form needs from pods and workloads: readiness and the selector the CLI would derive.
import type { V1DaemonSet, V1Deployment, V1Pod, V1Service, V1StatefulSet } from '@kubernetes/client-node';
import type { PodSummary, WorkloadSummary } from '../types.ts';

/** The same pods the controller would pick: running, not being deleted, and Ready unless NotReady pods are wanted. */
export function selectablePods(pods: V1Pod[], includeNotReady: boolean): PodSummary[] {
  return pods
    .filter((pod) => !pod.metadata?.deletionTimestamp && pod.status?.phase === 'Running')
    .map((pod) => ({
      name: pod.metadata?.name ?? '',
      ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
      phase: pod.status?.phase ?? 'Unknown',
      ready: (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
      labels: pod.metadata?.labels ?? {},
    }))
    .filter((pod) => includeNotReady || pod.ready)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `k1=v1,k2=v2`, as the skupper CLI's --workload option writes it. */
export function selectorFromLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

type Workload = V1Deployment | V1StatefulSet | V1DaemonSet;

export function workloadSummaries(
  deployments: V1Deployment[],
  statefulSets: V1StatefulSet[],
  daemonSets: V1DaemonSet[],
  services: V1Service[],
): WorkloadSummary[] {
  const fromWorkload = (kind: WorkloadSummary['kind']) => (w: Workload) => ({
    kind,
    name: w.metadata?.name ?? '',
    selector: selectorFromLabels(w.spec?.selector.matchLabels),
  });
  return [
    ...deployments.map(fromWorkload('Deployment')),
    ...statefulSets.map(fromWorkload('StatefulSet')),
    ...daemonSets.map(fromWorkload('DaemonSet')),
    ...services.map((s) => ({
      kind: 'Service' as const,
      name: s.metadata?.name ?? '',
      selector: selectorFromLabels(s.spec?.selector),
    })),
  ]
    .filter((w) => w.selector !== '')
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
