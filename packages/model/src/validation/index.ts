// The validation API that the web form, the YAML editor and the BFF share.
export { validateConnector, type ValidationContext } from './connector.ts';
export {
  validateFlag,
  validateHost,
  validateName,
  validateNamespace,
  validatePort,
  validateRoutingKey,
  validateSelector,
  validateTlsCredentials,
  validateType,
} from './fields.ts';
export {
  validateAnnotationKey,
  validateAnnotationValue,
  validateLabelKey,
  validateLabelValue,
} from './metadataFields.ts';
export {
  matchesLabelSelector,
  parseLabelSelector,
  type LabelOperator,
  type LabelRequirement,
  type LabelSelectorParse,
} from './labelSelector.ts';
export { nearestKnownField } from './unknownFields.ts';
export {
  CONNECTOR_FIELDS,
  CONNECTOR_FLAG_FIELDS,
  CONNECTOR_SPEC_FIELDS,
  CONNECTOR_TYPES,
  LIMITS,
  OBJECT_META_FIELDS,
  type ConnectorFlagField,
} from './rules.ts';
