// A resource together with the console site it was read from.

export interface Located<T> {
  /** The console's id for the site (a kubeconfig context and namespace, or a local namespace). */
  site: string;
  resource: T;
}

/** Compares by site, then by name, in code-point order so results are the same on every machine. */
export function bySiteThenName(a: { site: string; name: string }, b: { site: string; name: string }): number {
  if (a.site !== b.site) return a.site < b.site ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return 0;
}
