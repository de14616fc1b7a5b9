// Objects as a cluster holds them: Skupper resources and the Deployments, Pods and Secrets around them.
import {
  SKUPPER_API_VERSION,
  type ConnectorSpec,
  type ListenerSpec,
  type SiteSpec,
} from '@connector-console/model';
import type { KubeObject } from '../apiserver/objects.ts';

export function siteObject(name: string, namespace: string, spec: SiteSpec = {}): KubeObject {
  return { apiVersion: SKUPPER_API_VERSION, kind: 'Site', metadata: { name, namespace }, spec: { ...spec } };
}

export function connectorObject(name: string, namespace: string, spec: ConnectorSpec): KubeObject {
  return {
    apiVersion: SKUPPER_API_VERSION,
    kind: 'Connector',
    metadata: { name, namespace },
    spec: { ...spec },
  };
}

export function listenerObject(name: string, namespace: string, spec: ListenerSpec): KubeObject {
  return {
    apiVersion: SKUPPER_API_VERSION,
    kind: 'Listener',
    metadata: { name, namespace },
    spec: { ...spec },
  };
}

/** Only the name matters: the console lists Secrets by name and the test server keeps no data. */
export function secretObject(name: string, namespace: string, type = 'kubernetes.io/tls'): KubeObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type };
}

export interface WorkloadShape {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  image: string;
  port: number;
}

export interface PodShape extends WorkloadShape {
  ip: string;
  /** Default true: Running and Ready. False: Running but not Ready. */
  ready?: boolean;
  node?: string;
}

export function podObject(pod: PodShape): KubeObject {
  const ready = pod.ready ?? true;
  const container = 'main';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: pod.name, namespace: pod.namespace, labels: { ...pod.labels } },
    spec: {
      nodeName: pod.node ?? 'node-1',
      containers: [
        { name: container, image: pod.image, ports: [{ containerPort: pod.port, protocol: 'TCP' }] },
      ],
    },
    status: {
      phase: 'Running',
      podIP: pod.ip,
      podIPs: [{ ip: pod.ip }],
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: ready ? 'True' : 'False' },
        { type: 'ContainersReady', status: ready ? 'True' : 'False' },
        { type: 'PodScheduled', status: 'True' },
      ],
      containerStatuses: [{ name: container, image: pod.image, ready, restartCount: 0, started: true }],
    },
  };
}

export function deploymentObject(
  deployment: WorkloadShape & { replicas: number; readyReplicas?: number },
): KubeObject {
  const { name, namespace, labels, image, port, replicas } = deployment;
  const readyReplicas = deployment.readyReplicas ?? replicas;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { ...labels } },
    spec: {
      replicas,
      selector: { matchLabels: { ...labels } },
      template: {
        metadata: { labels: { ...labels } },
        spec: { containers: [{ name: 'main', image, ports: [{ containerPort: port, protocol: 'TCP' }] }] },
      },
    },
    status: { replicas, readyReplicas, availableReplicas: readyReplicas, updatedReplicas: replicas },
  };
}
