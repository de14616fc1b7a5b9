import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventHub, type StreamSink } from './EventHub.ts';

interface Change {
  key: string;
  value: number;
}

/** A sink that keeps what it is sent and can pretend its reader is slow. */
class FakeSink extends EventEmitter implements StreamSink {
  readonly chunks: string[] = [];
  writableLength = 0;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return true;
  }
  events(name: string): unknown[] {
    return this.chunks
      .filter((c) => c.startsWith(`event: ${name}\n`))
      .map((c) => JSON.parse(c.split('\n')[1]?.slice('data: '.length) ?? 'null'));
  }
}

describe('EventHub', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends changes made within one batch window as one event, at most a window later', () => {
    vi.useFakeTimers();
    const hub = new EventHub<Change, Change>({ batchMs: 100 });
    const sink = new FakeSink();
    hub.attach(sink);
    hub.publishChange({ key: 'a', value: 1 });
    hub.publishChange({ key: 'b', value: 2 });
    expect(sink.events('changes')).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(sink.events('changes')).toEqual([
      [
        { key: 'a', value: 1 },
        { key: 'b', value: 2 },
      ],
    ]);
    hub.close();
  });

  it('collapses several changes to one object in a batch into the latest', () => {
    const hub = new EventHub<Change, Change>();
    const sink = new FakeSink();
    hub.attach(sink);
    hub.publishChange({ key: 'a', value: 1 });
    hub.publishChange({ key: 'a', value: 2 });
    hub.flush();
    expect(sink.events('changes')).toEqual([[{ key: 'a', value: 2 }]]);
    hub.close();
  });

  it('tells a client that stopped reading to resync instead of buffering for it', () => {
    const hub = new EventHub<Change, Change>({ maxBufferedBytes: 10 });
    const slow = new FakeSink();
    const fast = new FakeSink();
    hub.attach(slow);
    hub.attach(fast);
    slow.writableLength = 11;
    hub.publishChange({ key: 'a', value: 1 });
    hub.flush();
    hub.publishChange({ key: 'b', value: 2 });
    hub.flush();
    expect(slow.events('changes')).toHaveLength(0);
    expect(fast.events('changes')).toHaveLength(2);
    slow.writableLength = 0;
    slow.emit('drain');
    expect(slow.events('resync')).toHaveLength(1);
    hub.publishChange({ key: 'c', value: 3 });
    hub.flush();
    expect(slow.events('changes')).toEqual([[{ key: 'c', value: 3 }]]);
    hub.close();
  });

  it('stops writing to a client whose connection closed', () => {
    const hub = new EventHub<Change, Change>();
    const sink = new FakeSink();
    hub.attach(sink);
    sink.emit('close');
    expect(hub.clientCount).toBe(0);
    hub.close();
  });

  it('sends heartbeats so proxies keep an idle stream open', () => {
    vi.useFakeTimers();
    const hub = new EventHub<Change, Change>({ heartbeatMs: 1000 });
    const sink = new FakeSink();
    hub.attach(sink);
    vi.advanceTimersByTime(1000);
    expect(sink.chunks).toContain(': heartbeat\n\n');
    hub.close();
  });

  it('greets a new client with the current state before any change', () => {
    const hub = new EventHub<Change, Change>();
    const sink = new FakeSink();
    hub.attach(sink, { event: 'sites', data: [{ key: 'east', value: 0 }] });
    expect(sink.events('sites')).toEqual([[{ key: 'east', value: 0 }]]);
    hub.close();
  });
});
