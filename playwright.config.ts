import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Browser journeys run in Debian's Chromium against the production build served by the BFF, with the built-in
// demo network in a throw-away folder and no other site (an empty kubeconfig and an empty data home).
const port = Number(process.env.E2E_PORT ?? 4317);
export const E2E_DEMO_ROOT = path.resolve('test-results/e2e-demo');
const emptyDataHome = path.resolve('test-results/e2e-empty-data-home');

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DEMO_ROOT} ${emptyDataHome} && mkdir -p ${emptyDataHome} && npm run start -w @connector-console/bff -- --port ${port} --demo --data-home ${emptyDataHome}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      CONNECTOR_CONSOLE_DEMO_ROOT: E2E_DEMO_ROOT,
      KUBECONFIG: path.resolve('e2e/fixtures/empty-kubeconfig.yaml'),
      LOG_LEVEL: 'warn',
    },
  },
});
