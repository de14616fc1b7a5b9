// Who a request acts as: the console's own credentials (shared mode) or the person's bearer token (per-user mode).
import type { SiteAccess } from '@connector-console/model';
import { SiteError } from '../sites/errors.ts';
import type { SiteRegistry } from '../sites/SiteRegistry.ts';
import type { SiteActions } from '../sites/types.ts';
import type { AccessCache } from './AccessCache.ts';

export interface Requester {
  /** True when the request carries a person's own token rather than using the console's credentials. */
  readonly perUser: boolean;
  /** The site's actions as this requester may perform them. */
  site(id: string): SiteActions;
  /** Per-user mode: what the person may do in each site; undefined in shared mode. */
  access(): Promise<ReadonlyMap<string, SiteAccess> | undefined>;
  /** Which sites' connectors and listeners this requester may see. */
  readable(): Promise<(site: string) => boolean>;
  /** Per-user mode: the same as readable(), for limiting matching answers; undefined when everything is visible. */
  visible(): Promise<((site: string) => boolean) | undefined>;
}

const NO_ACCESS: SiteAccess = { read: false, create: false, update: false, delete: false };
const everySite = () => true;

export function sharedRequester(registry: SiteRegistry): Requester {
  return {
    perUser: false,
    site: (id) => registry.site(id),
    access: () => Promise.resolve(undefined),
    readable: () => Promise.resolve(everySite),
    visible: () => Promise.resolve(undefined),
  };
}

export function userRequester(registry: SiteRegistry, token: string, cache: AccessCache): Requester {
  const access = async () => {
    const answers = await Promise.all(
      registry.views().map(async (view): Promise<[string, SiteAccess | SiteError]> => {
        const backend = registry.site(view.id);
        if (!backend.asUser) return [view.id, NO_ACCESS];
        const user = backend.asUser(token);
        return cache
          .get(token, view.id, () => user.access(), isRefusedToken)
          .then(
            (answer): [string, SiteAccess] => [view.id, answer],
            (error: unknown): [string, SiteError] => [view.id, asSiteError(error)],
          );
      }),
    );
    // A token every cluster refuses is not a sign-in at all; one cluster that refuses it is only a site without access.
    const refusals = answers.filter(([, a]) => a instanceof SiteError && a.code === 'Unauthorized');
    if (refusals.length > 0 && refusals.length === answers.filter(([, a]) => a !== NO_ACCESS).length) {
      throw new SiteError(
        'Unauthorized',
        'Your sign-in is not accepted by any site: sign in again with a current token.',
      );
    }
    return new Map(answers.map(([id, a]) => [id, a instanceof SiteError ? NO_ACCESS : a]));
  };
  const readable = async () => {
    const map = await access();
    return (site: string) => map.get(site)?.read === true;
  };
  return {
    perUser: true,
    site: (id) => {
      const backend = registry.site(id);
      if (!backend.asUser) {
        throw new SiteError(
          'Forbidden',
          `Site ${backend.info.name} is a local site: with per-user sign-in the console changes only Kubernetes sites, where RBAC decides.`,
        );
      }
      return backend.asUser(token);
    },
    access,
    readable,
    visible: readable,
  };
}

const isRefusedToken = (error: unknown) => error instanceof SiteError && error.code === 'Unauthorized';

function asSiteError(error: unknown): SiteError {
  return error instanceof SiteError ? error : new SiteError('Unavailable', String(error));
}
