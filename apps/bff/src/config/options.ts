// Console options from flags, then environment, then console.yaml, then defaults: the first that says something wins.
import { parseArgs } from 'node:util';
import { parseSiteFlag, SITE_FLAG_HELP, type SiteSpec } from './siteSpec.ts';
import type { ConsoleFile } from './consoleFile.ts';
import { defaultDataHome } from './dataHome.ts';
import { DEFAULT_USER_TOKEN_HEADER } from '../users/userToken.ts';

export interface ConsoleOptions {
  port: number;
  host: string;
  token?: string;
  kubeconfig?: string;
  /** Contexts to use; empty means every context that serves Skupper's resources. */
  contexts: string[];
  /** Namespace for contexts that name none. */
  namespace?: string;
  dataHome: string;
  sites: SiteSpec[];
  demo: boolean;
  /** Each request's Kubernetes calls use the person's own bearer token. */
  perUser: boolean;
  /** The header an authenticating proxy sets to the person's token. */
  userTokenHeader: string;
  /** Proxies whose X-Forwarded-Host and X-Forwarded-Proto to believe. */
  trustProxy?: string;
  configFile?: string;
  help: boolean;
}

export const HELP = `Connector Console: a web console for Skupper connectors across sites.

Usage: npm start -- [options]

  --port <n>            port to listen on (default 8080; env CONSOLE_PORT)
  --host <addr>         address to listen on (default 127.0.0.1; env CONSOLE_HOST).
                        Any address other than loopback requires --token.
  --token <secret>      access token required on every request (env CONSOLE_TOKEN).
                        Open the printed URL once; the browser keeps the token in a cookie.
  --kubeconfig <file>   kubeconfig to read (default $KUBECONFIG, then ~/.kube/config)
  --context <name>      use this kubeconfig context as a site (repeatable).
                        Without --context or --site, every context whose cluster serves
                        Skupper's resources is used.
  --namespace <ns>      namespace for contexts that set none (default: "default")
  --data-home <dir>     local sites' data home (default /var/lib/skupper as root,
                        else $XDG_DATA_HOME/skupper or ~/.local/share/skupper)
  --site <spec>         a site to show (repeatable): ${SITE_FLAG_HELP}
  --config <file>       console.yaml to read (default ./console.yaml when present)
  --demo                also start the built-in demo network (simulated status)
  --per-user            per-user mode (env CONSOLE_PER_USER=true): every Kubernetes call of a
                        request uses that person's own bearer token, so Kubernetes RBAC decides
                        what each person sees and may change. The token comes from the
                        header an authenticating proxy sets, an Authorization: Bearer header,
                        or the console's sign-in page. Kubernetes sites only; not with --token.
  --user-token-header <name>
                        header holding the person's token in per-user mode
                        (default X-Forwarded-Access-Token, as oauth2-proxy --pass-access-token
                        sets it; env CONSOLE_USER_TOKEN_HEADER)
  --trust-proxy <which> believe X-Forwarded-Host and X-Forwarded-Proto from these proxies
                        (env CONSOLE_TRUST_PROXY): loopback, uniquelocal, addresses, or a
                        hop count, as Express's "trust proxy". Needed behind a proxy that
                        rewrites Host, so that the same-origin check sees the browser's host.
  --help                show this help
`;

export function parseFlags(argv: string[]): Partial<ConsoleOptions> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string', multiple: true },
      namespace: { type: 'string' },
      'data-home': { type: 'string' },
      site: { type: 'string', multiple: true },
      config: { type: 'string' },
      demo: { type: 'boolean' },
      'per-user': { type: 'boolean' },
      'user-token-header': { type: 'string' },
      'trust-proxy': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
  const options: Partial<ConsoleOptions> = {};
  if (values.port !== undefined) options.port = parsePort(values.port, '--port');
  if (values.host !== undefined) options.host = values.host;
  if (values.token !== undefined) options.token = values.token;
  if (values.kubeconfig !== undefined) options.kubeconfig = values.kubeconfig;
  if (values.context !== undefined) options.contexts = values.context;
  if (values.namespace !== undefined) options.namespace = values.namespace;
  if (values['data-home'] !== undefined) options.dataHome = values['data-home'];
  if (values.site !== undefined) options.sites = values.site.map(parseSiteFlag);
  if (values.config !== undefined) options.configFile = values.config;
  if (values.demo !== undefined) options.demo = values.demo;
  if (values['per-user'] !== undefined) options.perUser = values['per-user'];
  if (values['user-token-header'] !== undefined) options.userTokenHeader = values['user-token-header'];
  if (values['trust-proxy'] !== undefined) options.trustProxy = values['trust-proxy'];
  if (values.help !== undefined) options.help = values.help;
  return options;
}

export function parseEnv(env: NodeJS.ProcessEnv): Partial<ConsoleOptions> {
  const options: Partial<ConsoleOptions> = {};
  if (env.CONSOLE_PORT) options.port = parsePort(env.CONSOLE_PORT, 'CONSOLE_PORT');
  if (env.CONSOLE_HOST) options.host = env.CONSOLE_HOST;
  if (env.CONSOLE_TOKEN) options.token = env.CONSOLE_TOKEN;
  if (env.KUBECONFIG) options.kubeconfig = env.KUBECONFIG;
  if (env.CONSOLE_PER_USER) options.perUser = parseBoolean(env.CONSOLE_PER_USER, 'CONSOLE_PER_USER');
  if (env.CONSOLE_USER_TOKEN_HEADER) options.userTokenHeader = env.CONSOLE_USER_TOKEN_HEADER;
  if (env.CONSOLE_TRUST_PROXY) options.trustProxy = env.CONSOLE_TRUST_PROXY;
  return options;
}

export function fromFile(file: ConsoleFile | undefined): Partial<ConsoleOptions> {
  if (!file) return {};
  const options: Partial<ConsoleOptions> = {};
  if (file.port !== undefined) options.port = file.port;
  if (file.host !== undefined) options.host = file.host;
  if (file.kubeconfig !== undefined) options.kubeconfig = file.kubeconfig;
  if (file.namespace !== undefined) options.namespace = file.namespace;
  if (file.dataHome !== undefined) options.dataHome = file.dataHome;
  if (file.sites !== undefined) options.sites = file.sites;
  if (file.demo !== undefined) options.demo = file.demo;
  if (file.perUser !== undefined) options.perUser = file.perUser;
  if (file.userTokenHeader !== undefined) options.userTokenHeader = file.userTokenHeader;
  if (file.trustProxy !== undefined) options.trustProxy = file.trustProxy;
  return options;
}

/** Later layers fill only what earlier ones left unsaid. */
export function resolveOptions(env: NodeJS.ProcessEnv, ...layers: Partial<ConsoleOptions>[]): ConsoleOptions {
  const merged: Partial<ConsoleOptions> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer) as [keyof ConsoleOptions, unknown][]) {
      if (merged[key] === undefined && value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return {
    port: merged.port ?? 8080,
    host: merged.host ?? '127.0.0.1',
    contexts: merged.contexts ?? [],
    dataHome: merged.dataHome ?? defaultDataHome(env),
    sites: merged.sites ?? [],
    demo: merged.demo ?? false,
    perUser: merged.perUser ?? false,
    userTokenHeader: merged.userTokenHeader ?? DEFAULT_USER_TOKEN_HEADER,
    help: merged.help ?? false,
    ...(merged.token ? { token: merged.token } : {}),
    ...(merged.kubeconfig ? { kubeconfig: merged.kubeconfig } : {}),
    ...(merged.namespace ? { namespace: merged.namespace } : {}),
    ...(merged.configFile ? { configFile: merged.configFile } : {}),
    ...(merged.trustProxy ? { trustProxy: merged.trustProxy } : {}),
  };
}

function parsePort(text: string, source: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${source} must be a port number from 0 to 65535, not "${text}".`);
  }
  return port;
}

function parseBoolean(text: string, source: string): boolean {
  if (['true', '1', 'yes'].includes(text.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(text.toLowerCase())) return false;
  throw new Error(`${source} must be true or false, not "${text}".`);
}
