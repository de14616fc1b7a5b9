// Kubernetes `Status` error bodies, shaped and worded like the real API server's (k8s.io/apimachinery errors).
import type { FieldError } from './fieldErrors.ts';
import { describeFieldErrors } from './fieldErrors.ts';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** A failed API call: thrown by the store and the handlers, written to the client as its Status. */
export class ApiError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'ApiError';
  }

  get code(): number {
    return this.status.code;
  }

  get reason(): string {
    return this.status.reason ?? '';
  }
}

/** A resource of a group, as error messages name it: `connectors.skupper.io`, or `pods` in the core group. */
export interface GroupResource {
  group: string;
  resource: string;
}

export function qualifiedResource({ group, resource }: GroupResource): string {
  return group ? `${resource}.${group}` : resource;
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export function failure(
  code: number,
  message: string,
  reason = REASONS[code] ?? '',
  details?: StatusDetails,
): ApiError {
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
  if (details) status.details = details;
  return new ApiError(status);
}

export function successStatus(details: StatusDetails): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details, code: 200 };
}

function resourceDetails(gr: GroupResource, name: string): StatusDetails {
  return gr.group ? { name, group: gr.group, kind: gr.resource } : { name, kind: gr.resource };
}

export const apiErrors = {
  notFound: (gr: GroupResource, name: string) =>
    failure(404, `${qualifiedResource(gr)} "${name}" not found`, 'NotFound', resourceDetails(gr, name)),

  alreadyExists: (gr: GroupResource, name: string) =>
    failure(
      409,
      `${qualifiedResource(gr)} "${name}" already exists`,
      'AlreadyExists',
      resourceDetails(gr, name),
    ),

  conflict: (
    gr: GroupResource,
    name: string,
    why = 'the object has been modified; please apply your changes to the latest version and try again',
  ) =>
    failure(
      409,
      `Operation cannot be fulfilled on ${qualifiedResource(gr)} "${name}": ${why}`,
      'Conflict',
      resourceDetails(gr, name),
    ),

  /** 422 with one cause per field; the message lists them all, as `errors.NewInvalid` does. */
  invalid: (groupKind: { group: string; kind: string }, name: string, errors: FieldError[]) => {
    const qualifiedKind = groupKind.group ? `${groupKind.kind}.${groupKind.group}` : groupKind.kind;
    const details: StatusDetails = { name, kind: groupKind.kind };
    if (groupKind.group) details.group = groupKind.group;
    details.causes = errors.map(({ reason, message, field }) => ({ reason, message, field }));
    return failure(
      422,
      `${qualifiedKind} "${name}" is invalid: ${describeFieldErrors(errors)}`,
      'Invalid',
      details,
    );
  },

  badRequest: (message: string) => failure(400, message, 'BadRequest'),

  methodNotAllowed: () => failure(405, 'the server does not allow this method on the requested resource'),

  unsupportedMediaType: (accepted: readonly string[]) =>
    failure(
      415,
      `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    ),

  notAcceptable: (accepted: readonly string[]) =>
    failure(406, `only the following media types are accepted: ${accepted.join(', ')}`),

  /** What a watch or a continue token gets when the history it needs was compacted away. */
  expired: (message: string) => failure(410, message, 'Expired'),

  tooLargeResourceVersion: (requested: string, current: string) =>
    failure(504, `Timeout: Too large resource version: ${requested}, current: ${current}`, 'Timeout', {
      causes: [{ reason: 'ResourceVersionTooLarge', message: `Too large resource version` }],
      retryAfterSeconds: 1,
    }),

  unauthorized: () => failure(401, 'Unauthorized'),

  forbidden: (message: string, gr: GroupResource, name?: string) =>
    failure(
      403,
      message,
      'Forbidden',
      gr.group ? { name, group: gr.group, kind: gr.resource } : { name, kind: gr.resource },
    ),
};
