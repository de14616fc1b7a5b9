// Runs the Kubernetes API test server with the Hello World clusters until SIGINT or SIGTERM.
// Usage: tsx packages/testkit/src/cli.ts [--port <p>] [--kubeconfig-out <file>] [--no-simulate]
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startApiServer } from './apiserver/index.ts';
import { HELLO_WORLD_LINKS, seedHelloWorld, startSkupperSimulator } from './simulator/index.ts';

const HELLO_WORLD_CLUSTERS = [
  { name: 'east', namespace: 'hello-world-east' },
  { name: 'west', namespace: 'hello-world-west' },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'kubeconfig-out': {
        type: 'string',
        default: path.join(os.tmpdir(), 'connector-console-testkit.kubeconfig'),
      },
      simulate: { type: 'boolean', default: true },
      'no-simulate': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got "${values.port}"`);
  const simulate = values.simulate && !values['no-simulate'];

  const server = await startApiServer({ clusters: HELLO_WORLD_CLUSTERS, port, host: values.host });
  const kubeconfig = await server.writeKubeconfig(path.resolve(values['kubeconfig-out']));

  // ---- simulator hook ----------------------------------------------------------------------
  // The simulated Skupper controller (packages/testkit/src/simulator/) is switched on here when
  // `simulate` is true: it subscribes to each cluster's store and writes status back to it.
  // Without it, resources keep the status they are given (none: "not reconciled yet").
  seedHelloWorld(server);
  // A network refresh of about 300 ms lets a person see status settle, as with a real controller.
  const simulator = simulate
    ? startSkupperSimulator(server, { networkDelayMs: 300, links: HELLO_WORLD_LINKS })
    : undefined;
  // ------------------------------------------------------------------------------------------

  process.stdout.write(`Kubernetes API test server at ${server.url}\n`);
  for (const name of server.clusterNames()) {
    const cluster = server.cluster(name);
    process.stdout.write(`  cluster ${name}: ${cluster.url} (namespace ${cluster.namespace})\n`);
  }
  process.stdout.write(`simulated Skupper controller: ${simulator ? 'on' : 'off (--no-simulate)'}\n`);
  process.stdout.write(`kubeconfig: ${kubeconfig}\n`);
  process.stdout.write(`try: kubectl --kubeconfig ${kubeconfig} --context east get connectors\n`);

  const stop = () => {
    simulator?.stop();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
