// Command-line entry point: read options, find sites, serve the API and the web app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { discoverSites } from './config/discover.ts';
import { readConsoleFile } from './config/consoleFile.ts';
import { startDemoSites } from './config/demo.ts';
import { fromFile, HELP, parseEnv, parseFlags, resolveOptions } from './config/options.ts';
import { startConsole } from './server.ts';

// Both src/main.ts (development) and dist/main.js (production) sit two folders below the repository root.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(here, '../../..');
const webRoot = path.join(repoDir, 'apps/web/dist');
// The demo keeps its files in the project's own ignored data folder; CONNECTOR_CONSOLE_DEMO_ROOT moves it (tests do).
const demoRoot = process.env.CONNECTOR_CONSOLE_DEMO_ROOT ?? path.join(repoDir, '.data', 'demo');

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    process.stdout.write(HELP);
    return;
  }
  const configFile = flags.configFile ?? (existsSync('console.yaml') ? 'console.yaml' : undefined);
  const file = configFile ? readConsoleFile(configFile) : undefined;
  const options = resolveOptions(process.env, flags, parseEnv(process.env), fromFile(file));
  // Logs never carry the token, request bodies or credentials.
  const log = pino({
    level: process.env.LOG_LEVEL ?? 'info',
    redact: [
      'token',
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-forwarded-access-token"]',
    ],
  });

  const discovery = await discoverSites(options, process.env);
  for (const reason of discovery.skipped) log.info(`skipped ${reason}`);
  if (options.perUser && (options.demo || discovery.backends.length === 0)) {
    throw new Error(
      'Per-user mode needs Kubernetes sites (and runs no demo): name them with --site or in console.yaml.',
    );
  }
  const useDemo = options.demo || discovery.backends.length === 0;
  const demo = useDemo
    ? await startDemoSites(new Set(discovery.backends.map((b) => b.info.id)), demoRoot)
    : undefined;
  const backends = [...discovery.backends, ...(demo?.backends ?? [])];
  const running = await startConsole({
    backends,
    demoSites: demo?.backends.map((b) => b.info.id) ?? [],
    port: options.port,
    host: options.host,
    log,
    ...(options.token ? { token: options.token } : {}),
    ...(options.perUser ? { perUser: { tokenHeader: options.userTokenHeader } } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(existsSync(webRoot) ? { webRoot } : {}),
  });
  const sites = running.registry.views();
  process.stdout.write(
    [
      `Connector Console is running at ${running.url}/${options.token ? '?token=<your token>' : ''}`,
      options.perUser
        ? `Per-user mode: each person signs in with their own Kubernetes token (or through a proxy setting ${options.userTokenHeader}).`
        : '',
      demo && discovery.backends.length === 0
        ? 'No Skupper sites found (no kubeconfig context serving skupper.io, no local namespace): showing the built-in demo network (simulated status).'
        : '',
      `Sites (${sites.length}):`,
      ...sites.map(
        (s) =>
          `  ${s.name.padEnd(24)} ${s.kind.padEnd(10)} ${s.platform.padEnd(10)} ${s.namespace.padEnd(20)} ${s.health.state}${s.demo ? ' (demo, simulated status)' : ''}${s.health.message ? `: ${s.health.message}` : ''}`,
      ),
      '',
    ].join('\n'),
  );
  const shutdown = () => {
    // Open event streams and watches must not keep the process alive past a short grace period.
    setTimeout(() => process.exit(0), 3000).unref();
    void running
      .close()
      .then(() => demo?.network.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Connector Console could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
