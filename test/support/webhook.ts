import http from 'node:http';

/** A notify webhook on 127.0.0.1 that keeps every JSON message it receives, in order. */
export interface WebhookReceiver<T> {
  url: string;
  /** Every message so far; the same array for the receiver's whole life (empty it with `hits.length = 0`). */
  hits: T[];
  close(): void;
}

/** `hits`: the array to collect into (a test's own, declared before the receiver starts). */
export async function startWebhookReceiver<T = { worker: string; state: string; detail: string }>(hits: T[] = []): Promise<WebhookReceiver<T>> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push(JSON.parse(body) as T);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, hits, close: () => void server.close() };
}
