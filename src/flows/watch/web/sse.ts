import type { ServerResponse } from '../../../adapters/http-server.js';
import { redact } from '../../../errors.js';

/**
 * One server-sent event. Every line of the payload gets its own `data:` field, so a newline in the data can
 * never end the event early or smuggle in a field of its own.
 */
export function sseFrame(event: string, data: unknown): string {
  const text = redact(typeof data === 'string' ? data : JSON.stringify(data));
  return `event: ${event.replace(/[\r\n]/g, '')}\n${text.split(/\r\n|\r|\n/).map((l) => `data: ${l}`).join('\n')}\n\n`;
}

/** The open event streams; a client that went away is dropped on its next write. */
export class SseClients {
  private readonly clients = new Set<ServerResponse>();

  get size(): number {
    return this.clients.size;
  }

  /** Takes over a response: headers, a 1 s reconnect delay for EventSource, and the first frames. */
  add(res: ServerResponse, first: string[], headers: Record<string, string> = {}): void {
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: 1000\n\n${first.join('')}`);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(frame: string): void {
    for (const c of this.clients) {
      if (c.destroyed || c.writableEnded) this.clients.delete(c);
      else c.write(frame);
    }
  }

  /** A comment line keeps idle connections (and proxies) from timing out. */
  ping(): void {
    this.send(': ping\n\n');
  }

  /** Ends every stream; browsers reconnect by themselves after the `retry` delay. */
  closeAll(): void {
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}
