// Where each watched kind lives in the Kubernetes API.
import { SKUPPER_GROUP, SKUPPER_VERSION } from '@connector-console/model';
import type { WatchedKind } from '../types.ts';

export const PLURALS: Record<WatchedKind, string> = {
  Connector: 'connectors',
  Listener: 'listeners',
  Site: 'sites',
};

export const WATCHED_KINDS: readonly WatchedKind[] = ['Connector', 'Listener', 'Site'];

export function collectionPath(namespace: string, kind: WatchedKind): string {
  return `/apis/${SKUPPER_GROUP}/${SKUPPER_VERSION}/namespaces/${encodeURIComponent(namespace)}/${PLURALS[kind]}`;
}

export function customObjectParams(namespace: string, kind: WatchedKind) {
  return { group: SKUPPER_GROUP, version: SKUPPER_VERSION, namespace, plural: PLURALS[kind] };
}
