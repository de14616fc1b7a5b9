// Where a site runs, and the rules for connectors that differ between those places.

export const PLATFORMS = ['kubernetes', 'podman', 'docker', 'linux'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Docker, Podman and Linux sites are configured with files, not through a Kubernetes API. */
export type LocalPlatform = Exclude<Platform, 'kubernetes'>;

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

export function isLocalPlatform(platform: Platform): platform is LocalPlatform {
  return platform !== 'kubernetes';
}

export interface PlatformRules {
  /** How the target is chosen: Kubernetes takes exactly one of selector and host; local sites a host. */
  target: 'selector-or-host' | 'host-only';
  /** Local sites refuse dots in names (their loader's rule); Kubernetes allows DNS subdomains. */
  nameRule: 'dns-subdomain' | 'dns-label';
  /** What tlsCredentials names: a Secret, or a directory under input/certs/. */
  tlsCredentialsRefersTo: 'secret' | 'certificate-directory';
  /** Whether the site's status is kept current by a controller through an API. */
  statusSource: 'controller-api' | 'runtime-files';
}

export function platformRules(platform: Platform): PlatformRules {
  return isLocalPlatform(platform)
    ? {
        target: 'host-only',
        nameRule: 'dns-label',
        tlsCredentialsRefersTo: 'certificate-directory',
        statusSource: 'runtime-files',
      }
    : {
        target: 'selector-or-host',
        nameRule: 'dns-subdomain',
        tlsCredentialsRefersTo: 'secret',
        statusSource: 'controller-api',
      };
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  kubernetes: 'Kubernetes',
  podman: 'Podman',
  docker: 'Docker',
  linux: 'Linux',
};
