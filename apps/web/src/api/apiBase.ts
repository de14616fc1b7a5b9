// Where the BFF answers: the page's own origin in the console, an absolute URL in component tests.
let apiBase = '';

/** Point every request and the event stream at another origin (tests start their own HTTP server). */
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/+$/, '');
}

export function apiUrl(path: string): string {
  return `${apiBase}${path}`;
}
