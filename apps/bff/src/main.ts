// Command-line entry point of the console: parse options and serve the API and the web app.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './http/app.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.CONSOLE_PORT ?? '8080' },
    host: { type: 'string', default: process.env.CONSOLE_HOST ?? '127.0.0.1' },
  },
  allowPositionals: false,
});

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const app = createApp({ webRoot });
const server = app.listen(Number(values.port), values.host, () => {
  console.log(`Connector Console at http://${values.host}:${values.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
