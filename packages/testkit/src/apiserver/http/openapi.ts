// OpenAPI v3 documents per group-version: kubectl reads them to learn that the server validates fields
// (fieldValidation) and that custom resources take merge patches, not strategic merge patches.
import { createHash } from 'node:crypto';
import { resourceTypes } from '../resources/registry.ts';
import type { ResourceType } from '../resources/types.ts';

const gvPath = (type: ResourceType) =>
  type.group ? `apis/${type.group}/${type.version}` : `api/${type.version}`;

/** Schema names as the real server publishes them: reversed group, version, kind. */
function schemaName(type: ResourceType, kind = type.kind): string {
  const group = type.group ? type.group.split('.').reverse().join('.') : 'io.k8s.api.core';
  return `${group}.${type.version}.${kind}`;
}

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const query = (name: string, type = 'string') => ({ name, in: 'query', schema: { type }, uniqueItems: true });
const pathParameter = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  uniqueItems: true,
});
const WRITE_PARAMETERS = [query('dryRun'), query('fieldManager'), query('fieldValidation')];
const PATCH_CONTENT = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
];

function operation(type: ResourceType, action: string, schema: string, extra: Record<string, unknown> = {}) {
  const ref = { $ref: `#/components/schemas/${schema}` };
  return {
    operationId: `${action}${type.kind}`,
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': { group: type.group, version: type.version, kind: type.kind },
    ...extra,
  };
}

function bodyOf(contentTypes: string[], schema: string) {
  const content = Object.fromEntries(
    contentTypes.map((type) => [type, { schema: { $ref: `#/components/schemas/${schema}` } }]),
  );
  return { requestBody: { content, required: true } };
}

function pathsOf(type: ResourceType): Record<string, unknown> {
  const object = schemaName(type);
  const list = schemaName(type, type.listKind);
  const base = `/${gvPath(type)}${type.namespaced ? '/namespaces/{namespace}' : ''}/${type.plural}`;
  const scope = type.namespaced ? [pathParameter('namespace')] : [];
  const paths: Record<string, unknown> = {
    [base]: {
      get: operation(type, 'list', list),
      ...(type.custom
        ? {
            post: operation(type, 'post', object, {
              parameters: WRITE_PARAMETERS,
              ...bodyOf(['*/*'], object),
            }),
          }
        : {}),
      parameters: scope,
    },
    [`${base}/{name}`]: {
      get: operation(type, 'get', object),
      ...(type.custom
        ? {
            put: operation(type, 'put', object, { parameters: WRITE_PARAMETERS, ...bodyOf(['*/*'], object) }),
            patch: operation(type, 'patch', object, {
              parameters: [...WRITE_PARAMETERS, query('force', 'boolean')],
              ...bodyOf(PATCH_CONTENT, 'io.k8s.apimachinery.pkg.apis.meta.v1.Patch'),
            }),
            delete: operation(type, 'delete', object, { parameters: [query('dryRun')] }),
          }
        : {}),
      parameters: [...scope, pathParameter('name')],
    },
  };
  if (type.namespaced) paths[`/${gvPath(type)}/${type.plural}`] = { get: operation(type, 'list', list) };
  return paths;
}

function schemasOf(type: ResourceType): Record<string, unknown> {
  const gvk = [{ group: type.group, version: type.version, kind: type.kind }];
  const declared = (type.schema ?? { type: 'object' }) as { properties?: Record<string, unknown> };
  const object = {
    ...declared,
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { allOf: [{ $ref: `#/components/schemas/${OBJECT_META}` }] },
      ...(type.custom ? declared.properties : { spec: { type: 'object' }, status: { type: 'object' } }),
    },
    'x-kubernetes-group-version-kind': gvk,
  };
  const list = {
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      items: { type: 'array', items: { $ref: `#/components/schemas/${schemaName(type)}` } },
      metadata: { type: 'object' },
    },
    'x-kubernetes-group-version-kind': [{ ...gvk[0], kind: type.listKind }],
  };
  return { [schemaName(type)]: object, [schemaName(type, type.listKind)]: list };
}

const SHARED_SCHEMAS = {
  [OBJECT_META]: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Patch': { type: 'object' },
};

/** The document of one group-version (`apis/skupper.io/v2alpha1`), or undefined when not served. */
export function openApiDocument(groupVersionPath: string): unknown {
  const types = resourceTypes().filter((type) => gvPath(type) === groupVersionPath);
  if (types.length === 0) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths: Object.assign({}, ...types.map(pathsOf)) as Record<string, unknown>,
    components: {
      schemas: Object.assign({ ...SHARED_SCHEMAS }, ...types.map(schemasOf)) as Record<string, unknown>,
    },
  };
}

/** `/openapi/v3`: where each group-version's document is, with a hash that changes with its content. */
export function openApiIndex(): unknown {
  const paths = [...new Set(resourceTypes().map(gvPath))].map((path) => {
    const hash = createHash('sha512')
      .update(JSON.stringify(openApiDocument(path)))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase();
    return [path, { serverRelativeURL: `/openapi/v3/${path}?hash=${hash}` }];
  });
  return { paths: Object.fromEntries(paths) };
}
