import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStream } from '../testing/fakeStream.ts';
import { STREAM_CLOSED } from './liveConnection.ts';
import { useLiveUpdates, type LiveUpdatesOptions } from './useLiveUpdates.ts';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

/** Every stream the hook opens, in order; `refuse` makes one fail the way EventSource does after a 401. */
function streams() {
  const opened: FakeStream[] = [];
  const openStream = vi.fn(() => {
    const stream = new FakeStream();
    opened.push(stream);
    return stream;
  });
  const refuse = (stream: FakeStream | undefined) =>
    act(() => {
      if (!stream) throw new Error('no stream was opened');
      stream.readyState = STREAM_CLOSED;
      stream.dispatchEvent(new Event('error'));
    });
  return { opened, openStream, refuse };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useLiveUpdates', () => {
  it('waits longer after each refusal in a row instead of asking the server again and again', () => {
    const { opened, openStream, refuse } = streams();
    const onClosed = vi.fn();
    renderHook(() => useLiveUpdates(openStream, { onClosed }), { wrapper });
    expect(opened).toHaveLength(1);
    refuse(opened[0]);
    expect(onClosed).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(4_999));
    expect(opened).toHaveLength(1);
    act(() => vi.advanceTimersByTime(1));
    expect(opened).toHaveLength(2);
    refuse(opened[1]);
    act(() => vi.advanceTimersByTime(9_999));
    expect(opened).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(opened).toHaveLength(3);
    expect(opened[0]?.readyState).toBe(STREAM_CLOSED);
  });

  it('starts again from a short wait once a stream has opened', () => {
    const { opened, openStream, refuse } = streams();
    renderHook(() => useLiveUpdates(openStream), { wrapper });
    refuse(opened[0]);
    act(() => vi.advanceTimersByTime(5_000));
    act(() => opened[1]?.dispatchEvent(new Event('open')));
    refuse(opened[1]);
    act(() => vi.advanceTimersByTime(5_000));
    expect(opened).toHaveLength(3);
  });

  it('opens nothing while turned off, and closes the stream when turned off', () => {
    const { opened, openStream } = streams();
    const { rerender } = renderHook((options: LiveUpdatesOptions) => useLiveUpdates(openStream, options), {
      wrapper,
      initialProps: { enabled: false },
    });
    expect(opened).toHaveLength(0);
    rerender({ enabled: true });
    expect(opened).toHaveLength(1);
    rerender({ enabled: false });
    expect(opened[0]?.readyState).toBe(STREAM_CLOSED);
    act(() => vi.advanceTimersByTime(120_000));
    expect(opened).toHaveLength(1);
  });
});
