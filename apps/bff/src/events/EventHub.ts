// Fans batched changes and site health out to every open event stream, protecting itself from slow readers.

/** The part of an HTTP response an event stream needs; ServerResponse satisfies it. */
export interface StreamSink {
  write(chunk: string): boolean;
  readonly writableLength: number;
  on(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

export interface HubOptions {
  /** Longest a change waits before it is sent. */
  batchMs: number;
  heartbeatMs: number;
  /** Past this many unsent bytes a client is dropped from the flow and later told to resync. */
  maxBufferedBytes: number;
}

export const DEFAULT_HUB_OPTIONS: HubOptions = {
  batchMs: 100,
  heartbeatMs: 15_000,
  maxBufferedBytes: 4 * 1024 * 1024,
};

export interface Keyed {
  /** Entries with the same key within one batch collapse to the last one. */
  key: string;
}

interface Client<Change> {
  sink: StreamSink;
  behind: boolean;
  onDrain: () => void;
  /** Per-user mode: each change as this client may see it, or undefined to leave it out. */
  view?: (change: Change) => Change | undefined;
}

export function formatEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function viewed<Change>(changes: Change[], view: (change: Change) => Change | undefined): Change[] {
  const seen: Change[] = [];
  for (const change of changes) {
    const shown = view(change);
    if (shown !== undefined) seen.push(shown);
  }
  return seen;
}

function payloadOf(health: unknown[], changes: unknown[]): string {
  return (
    (health.length > 0 ? formatEvent('sites', health) : '') +
    (changes.length > 0 ? formatEvent('changes', changes) : '')
  );
}

export class EventHub<Change extends Keyed, Health extends Keyed> {
  private readonly options: HubOptions;
  private readonly clients = new Set<Client<Change>>();
  private changes = new Map<string, Change>();
  private health = new Map<string, Health>();
  private timer: NodeJS.Timeout | undefined;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(options: Partial<HubOptions> = {}) {
    this.options = { ...DEFAULT_HUB_OPTIONS, ...options };
    this.heartbeat = setInterval(() => this.broadcast(() => ': heartbeat\n\n'), this.options.heartbeatMs);
    this.heartbeat.unref();
  }

  get clientCount(): number {
    return this.clients.size;
  }

  publishChange(change: Change): void {
    this.changes.delete(change.key);
    this.changes.set(change.key, change);
    this.schedule();
  }

  publishHealth(health: Health): void {
    this.health.set(health.key, health);
    this.schedule();
  }

  /** Start streaming to a client; `hello` is the first event it gets (e.g. current site health). */
  attach(
    sink: StreamSink,
    hello?: { event: string; data: unknown },
    view?: (change: Change) => Change | undefined,
  ): () => void {
    const client: Client<Change> = {
      sink,
      behind: false,
      ...(view ? { view } : {}),
      onDrain: () => {
        if (!client.behind) return;
        client.behind = false;
        sink.write(formatEvent('resync', { reason: 'The stream fell behind; reload the current state.' }));
      },
    };
    const detach = (): void => {
      sink.off('drain', client.onDrain);
      sink.off('close', detach);
      this.clients.delete(client);
    };
    sink.on('drain', client.onDrain);
    sink.on('close', detach);
    this.clients.add(client);
    sink.write(': connected\n\n');
    if (hello) sink.write(formatEvent(hello.event, hello.data));
    return detach;
  }

  /** Send whatever is pending now (also used by tests and on shutdown). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.changes.size === 0 && this.health.size === 0) return;
    const health = [...this.health.values()];
    const changes = [...this.changes.values()];
    this.changes = new Map();
    this.health = new Map();
    const shared = payloadOf(health, changes);
    this.broadcast((client) => (client.view ? payloadOf(health, viewed(changes, client.view)) : shared));
  }

  close(): void {
    this.flush();
    clearInterval(this.heartbeat);
    this.clients.clear();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.options.batchMs);
  }

  private broadcast(textFor: (client: Client<Change>) => string): void {
    for (const client of this.clients) {
      if (client.behind) continue;
      if (client.sink.writableLength > this.options.maxBufferedBytes) {
        // What it missed is gone; on drain it is told to refetch rather than us buffering without bound.
        client.behind = true;
        continue;
      }
      const text = textFor(client);
      if (text !== '') client.sink.write(text);
    }
  }
}
