// Keeps one event stream open per tab while the app is mounted, reopening it if the browser gives up.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiUrl } from '../api/apiBase.ts';
import { apiPaths } from '../api/paths.ts';
import { connectLiveUpdates, STREAM_CLOSED, type EventStream, type LiveState } from './liveConnection.ts';

export type OpenStream = (url: string) => EventStream;

const openEventSource: OpenStream = (url) => new EventSource(url);
/** EventSource retries by itself, except after an HTTP error; then the console tries again after this delay. */
const REOPEN_DELAY_MS = 5_000;

/** `null` turns live updates off (component tests that only need snapshots). */
export function useLiveUpdates(openStream: OpenStream | null = openEventSource): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!openStream) return;
    let detach = () => {};
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    const open = (resumed: boolean) => {
      const current = openStream(apiUrl(apiPaths.events()));
      const detachHandlers = connectLiveUpdates(client, current, { onState: setState, resumed });
      const onError = () => {
        if (current.readyState !== STREAM_CLOSED) return;
        reopenTimer = setTimeout(() => {
          detach();
          open(true);
        }, REOPEN_DELAY_MS);
      };
      current.addEventListener('error', onError);
      detach = () => {
        detachHandlers();
        current.removeEventListener('error', onError);
        current.close();
      };
    };
    open(false);
    return () => {
      clearTimeout(reopenTimer);
      detach();
    };
  }, [client, openStream]);

  return openStream === null ? 'connecting' : state;
}
