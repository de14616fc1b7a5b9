// The `--site` flag and console.yaml `sites:` entries: which sites to show, each a Kubernetes namespace or a local namespace.

export interface KubernetesSiteSpec {
  kind: 'kubernetes';
  name?: string;
  context?: string;
  namespace?: string;
}

export interface SystemSiteSpec {
  kind: 'system';
  name?: string;
  namespace: string;
  dataHome?: string;
}

export type SiteSpec = KubernetesSiteSpec | SystemSiteSpec;

export const SITE_FLAG_HELP = `<name>=kubernetes:<context>[/<namespace>] or <name>=system:<namespace> (the name= part is optional)`;

/** Parse `east=kubernetes:east/hello-world-east`, `kubernetes:prod`, `edge=system:default`. */
export function parseSiteFlag(text: string): SiteSpec {
  const match = /^(?:([^=]+)=)?(kubernetes|system):(.*)$/.exec(text.trim());
  if (!match) throw new Error(`--site "${text}" is not understood; use ${SITE_FLAG_HELP}.`);
  const [, name, kind, rest = ''] = match;
  if (kind === 'system') {
    if (!rest) throw new Error(`--site "${text}" needs a local namespace after "system:".`);
    return { kind: 'system', namespace: rest, ...(name ? { name } : {}) };
  }
  const [context, namespace] = rest.split('/', 2);
  return {
    kind: 'kubernetes',
    ...(name ? { name } : {}),
    ...(context ? { context } : {}),
    ...(namespace ? { namespace } : {}),
  };
}

/** A URL-safe, stable id for a site name: lowercase letters, digits and '-'. */
export function siteId(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return id || 'site';
}
