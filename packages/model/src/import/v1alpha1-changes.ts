// What changed in the Connector resource between the skupper.io/v1alpha1 draft and skupper.io/v2alpha1.
import type { FieldPath } from '../yaml/nodes.ts';

export type FieldChange =
  { kind: 'rename'; from: FieldPath; to: string } | { kind: 'drop'; path: FieldPath; why: string };

/** The one table both the document and the plain-object import read. */
export const V1ALPHA1_CONNECTOR_CHANGES: readonly FieldChange[] = [
  { kind: 'rename', from: ['spec', 'tlsSecret'], to: 'tlsCredentials' },
  { kind: 'rename', from: ['spec', 'includeNotReady'], to: 'includeNotReadyPods' },
  { kind: 'rename', from: ['spec', 'options'], to: 'settings' },
  {
    kind: 'drop',
    path: ['status', 'active'],
    why:
      'it has no successor in skupper.io/v2alpha1. The nearest is "status: Ready", which the controller ' +
      'sets once the connector is configured and matched',
  },
];
