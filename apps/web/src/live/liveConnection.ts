// Wires one event stream (an EventSource, or any EventTarget in tests) to the query cache.
import type { ChangeEvent, HealthEvent } from '@connector-console/model';
import type { QueryClient } from '@tanstack/react-query';
import { LiveCache } from './liveCache.ts';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** The part of EventSource the console uses. */
export interface EventStream extends EventTarget {
  readonly readyState: number;
  close(): void;
}

export const STREAM_CLOSED = 2;

function parseBatch<T>(event: Event): T[] | undefined {
  const data = (event as MessageEvent<unknown>).data;
  if (typeof data !== 'string') return undefined;
  try {
    const parsed = JSON.parse(data) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : undefined;
  } catch {
    return undefined;
  }
}

export interface LiveConnectionOptions {
  onState?: (state: LiveState) => void;
  /** True when this stream replaces one that failed: whatever happened in between was missed. */
  resumed?: boolean;
}

/** Returns a function that detaches the listeners (it does not close the stream). */
export function connectLiveUpdates(
  client: QueryClient,
  stream: EventStream,
  options: LiveConnectionOptions = {},
): () => void {
  const cache = new LiveCache(client);
  let missedEvents = options.resumed === true;
  const handlers: Record<string, (event: Event) => void> = {
    sites: (event) => {
      const batch = parseBatch<HealthEvent>(event);
      if (batch) cache.applyHealth(batch);
    },
    changes: (event) => {
      const batch = parseBatch<ChangeEvent>(event);
      if (batch) cache.applyChanges(batch);
    },
    resync: () => void cache.refetchEverything(),
    open: () => {
      options.onState?.('live');
      if (missedEvents) void cache.refetchEverything();
      missedEvents = false;
    },
    error: () => {
      missedEvents = true;
      options.onState?.('reconnecting');
    },
  };
  for (const [name, handler] of Object.entries(handlers)) stream.addEventListener(name, handler);
  return () => {
    for (const [name, handler] of Object.entries(handlers)) stream.removeEventListener(name, handler);
    cache.stop();
  };
}
