// Test support: one fake API server for a test file, its default routes set again before each test, and the app
// rendered against it, torn down only once none of its requests is still in flight.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { startApiServer, type ApiServer, type Routes } from './apiServer.ts';
import { renderApp } from './renderApp.tsx';

type RenderedApp = ReturnType<typeof renderApp>;

export interface AppUnderTest {
  /** The fake API server (started before the file's first test). */
  readonly server: ApiServer;
  /** Renders the app at a path, remembered so that the test ends only once its requests have answered. */
  open(path: string, options?: Parameters<typeof renderApp>[2]): RenderedApp;
}

export function appUnderTest(defaultRoutes: () => Routes): AppUnderTest {
  let started: ApiServer | undefined;
  let shown: RenderedApp | undefined;
  const server = (): ApiServer => {
    if (!started) throw new Error('The fake API server starts in beforeAll; use it inside tests and hooks.');
    return started;
  };
  beforeAll(async () => {
    started = await startApiServer({});
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    server().requests.length = 0;
    server().route(defaultRoutes());
  });
  afterEach(async () => {
    const client = shown?.queryClient;
    if (client) await vi.waitFor(() => expect(client.isFetching() + client.isMutating()).toBe(0));
    shown = undefined;
    cleanup();
  });
  return {
    get server() {
      return server();
    },
    open(path, options = {}) {
      shown = renderApp(path, server().url, options);
      return shown;
    },
  };
}
