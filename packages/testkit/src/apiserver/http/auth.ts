// Who makes a request and whether they may: hooks a test sets to give tokens their own rights.
import { apiErrors, qualifiedResource } from '../errors/status.ts';

export interface UserInfo {
  name: string;
  groups?: string[];
}

export interface RequestAttributes {
  cluster: string;
  user: UserInfo;
  /** get, list, watch, create, update, patch, delete or deletecollection; a review may ask any verb. */
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /**
   * Set only when a SelfSubjectAccessReview asks about a non-resource URL (`nonResourceAttributes`):
   * then `resource` holds the same path and `group` is empty.
   */
  path?: string;
}

export interface AuthHooks {
  /** Maps the bearer token (undefined when none was sent) to a user; undefined answers 401. Default: `admin`. */
  authenticate?: (token: string | undefined, cluster: string) => UserInfo | undefined;
  /** Whether the user may make this request; false answers 403 worded like RBAC's refusal. Default: allow. */
  authorize?: (attributes: RequestAttributes) => boolean;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1]?.trim();
}

export function authenticate(hooks: AuthHooks, header: string | undefined, cluster: string): UserInfo {
  const token = bearerToken(header);
  const user = hooks.authenticate
    ? hooks.authenticate(token, cluster)
    : { name: 'admin', groups: ['system:masters'] };
  if (!user) throw apiErrors.unauthorized();
  return user;
}

/** The hook's answer; every request is allowed when there is no hook. */
export function isAllowed(hooks: AuthHooks, attributes: RequestAttributes): boolean {
  return hooks.authorize ? hooks.authorize(attributes) : true;
}

export function authorize(hooks: AuthHooks, attributes: RequestAttributes): void {
  if (isAllowed(hooks, attributes)) return;
  const { user, verb, group, resource, subresource, namespace, name } = attributes;
  const target = qualifiedResource({ group, resource });
  const subject = name ? `${target} "${name}"` : target;
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  const resourceText = subresource ? `${resource}/${subresource}` : resource;
  throw apiErrors.forbidden(
    `${subject} is forbidden: User "${user.name}" cannot ${verb} resource "${resourceText}" in API group "${group}" ${scope}`,
    { group, resource },
    name,
  );
}
