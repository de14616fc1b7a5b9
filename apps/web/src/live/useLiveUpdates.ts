// Keeps one event stream open per tab while the app is mounted, reopening it if the browser gives up.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../api/apiBase.ts';
import { apiPaths } from '../api/paths.ts';
import { connectLiveUpdates, STREAM_CLOSED, type EventStream, type LiveState } from './liveConnection.ts';
import { reopenDelay } from './reopenDelay.ts';

export type OpenStream = (url: string) => EventStream;

export interface LiveUpdatesOptions {
  /** False while the stream is known to be refused (signed out): it is not opened, and an open one is closed. */
  enabled?: boolean;
  /**
   * The browser gave up on the stream (EventSource does after an HTTP error such as a 401): the console tries
   * again later, and this lets the app find out meanwhile whether the person must sign in again.
   */
  onClosed?: () => void;
}

const openEventSource: OpenStream = (url) => new EventSource(url);

/** `null` turns live updates off (component tests that only need snapshots). */
export function useLiveUpdates(
  openStream: OpenStream | null = openEventSource,
  { enabled = true, onClosed }: LiveUpdatesOptions = {},
): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const closed = useRef(onClosed);
  useEffect(() => {
    closed.current = onClosed;
  }, [onClosed]);

  useEffect(() => {
    if (!openStream || !enabled) return;
    let detach = () => {};
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let refusals = 0;
    const open = (resumed: boolean) => {
      const current = openStream(apiUrl(apiPaths.events()));
      const detachHandlers = connectLiveUpdates(client, current, { onState: setState, resumed });
      const onOpen = () => {
        refusals = 0;
      };
      const onError = () => {
        if (current.readyState !== STREAM_CLOSED) return;
        refusals += 1;
        closed.current?.();
        reopenTimer = setTimeout(() => {
          detach();
          open(true);
        }, reopenDelay(refusals));
      };
      current.addEventListener('open', onOpen);
      current.addEventListener('error', onError);
      detach = () => {
        detachHandlers();
        current.removeEventListener('open', onOpen);
        current.removeEventListener('error', onError);
        current.close();
      };
    };
    open(false);
    return () => {
      clearTimeout(reopenTimer);
      detach();
    };
  }, [client, openStream, enabled]);

  return openStream === null || !enabled ? 'connecting' : state;
}
