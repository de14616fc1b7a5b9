// An event stream the test drives by hand, standing in for the browser's EventSource.
import type { EventStream } from '../live/liveConnection.ts';

export class FakeStream extends EventTarget implements EventStream {
  readyState = 1;
  close(): void {
    this.readyState = 2;
  }
  send(name: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
}
