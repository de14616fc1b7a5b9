// The parts of a Connector document that the CRD leaves to Kubernetes: apiVersion, kind and metadata.
import { SKUPPER_API_VERSION } from '../types.ts';
import type { JsonSchema } from './json-schema.ts';

/** Kubernetes object names (DNS subdomain); written without nested repetition so long input cannot stall it. */
export const DNS_SUBDOMAIN_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
export const DNS_LABEL_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';

const stringMap = (description: string): JsonSchema => ({
  description,
  type: 'object',
  additionalProperties: {
    type: 'string',
    errorMessage: 'Values must be strings: quote numbers and booleans.',
  },
});

const setByServer = (description: string, type = 'string'): JsonSchema => ({
  description: `${description} Set by the server.`,
  type,
  readOnly: true,
});

export const apiVersionSchema: JsonSchema = {
  description:
    'The API version of the resource. Current Skupper serves skupper.io/v2alpha1; a skupper.io/v1alpha1 manifest must be converted first.',
  type: 'string',
  const: SKUPPER_API_VERSION,
  errorMessage: `apiVersion must be ${SKUPPER_API_VERSION}.`,
};

export const connectorKindSchema: JsonSchema = {
  description: 'The kind of resource: Connector.',
  type: 'string',
  const: 'Connector',
  errorMessage: 'kind must be Connector.',
};

export const objectMetaSchema: JsonSchema = {
  description:
    'Standard Kubernetes object metadata: the name and namespace of the resource, its labels and annotations.',
  type: 'object',
  required: ['name'],
  properties: {
    name: {
      description:
        'The name of the resource, unique in its namespace. Lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters. Docker, Podman and Linux sites do not allow dots.',
      type: 'string',
      minLength: 1,
      maxLength: 253,
      pattern: DNS_SUBDOMAIN_PATTERN,
      patternErrorMessage:
        'name may contain only lower-case letters, digits, "-" and ".", and must start and end with a letter or digit.',
    },
    namespace: {
      description:
        'The namespace of the resource. On Docker, Podman and Linux, the Skupper namespace of the local site.',
      type: 'string',
      maxLength: 63,
      pattern: DNS_LABEL_PATTERN,
      patternErrorMessage:
        'namespace may contain only lower-case letters, digits and "-", and must start and end with a letter or digit.',
    },
    labels: stringMap('Key-value pairs that organise and select resources. Each value is a string.'),
    annotations: stringMap('Key-value pairs that tools attach to the resource. Each value is a string.'),
    resourceVersion: setByServer(
      'The version of the object, used to detect conflicting changes: keep it when replacing the object.',
    ),
    uid: setByServer('The unique identifier of the object.'),
    generation: setByServer('A number that increases with each change to spec.', 'integer'),
    creationTimestamp: setByServer('When the object was created.'),
  },
};
