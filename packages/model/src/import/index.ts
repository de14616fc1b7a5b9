// Conversion of resources written for older Skupper APIs.
export { importV1alpha1, importV1alpha1Object, isV1alpha1Connector } from './v1alpha1.ts';
export type { ImportNotice } from './v1alpha1.ts';
export { V1ALPHA1_CONNECTOR_CHANGES } from './v1alpha1-changes.ts';
export type { FieldChange } from './v1alpha1-changes.ts';
