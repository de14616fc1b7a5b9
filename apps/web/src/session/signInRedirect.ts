// Where a person goes to sign in, and where they return to afterwards (only ever a page of this console).
import { routePaths } from '../routePaths.ts';

const SIGN_IN_PATH = routePaths.signIn();
/** Any origin would do: it only tells a path of this console from a link elsewhere. */
const HERE = 'http://console.invalid';

interface PlaceInApp {
  pathname: string;
  search: string;
}

/** The sign-in page that returns to this place; undefined when this place is the sign-in page itself. */
export function signInTarget(place: PlaceInApp): string | undefined {
  if (place.pathname === SIGN_IN_PATH) return undefined;
  return routePaths.signIn(`${place.pathname}${place.search}`);
}

/**
 * The `next` parameter as a path of this console, or the connectors when it is missing or points elsewhere:
 * a link must not be able to send a person from the sign-in page to another site.
 */
export function safeNextPath(next: string | null | undefined): string {
  const fallback = routePaths.connectors();
  // "//host" and "/\host" are read by browsers as another host; a path starts with one slash and no backslash.
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE || url.pathname === SIGN_IN_PATH) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The part of a data router this needs; the browser router and the tests' memory router both fit. */
interface NavigatingRouter {
  readonly state: { readonly location: PlaceInApp };
  navigate(to: string, options: { replace: boolean }): Promise<void>;
}

/** What the query client does when the server asks for a sign-in: go to the sign-in page, once. */
export function sendToSignIn(router: NavigatingRouter): void {
  const target = signInTarget(router.state.location);
  if (target) void router.navigate(target, { replace: true });
}
