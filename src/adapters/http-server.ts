import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type { IncomingMessage, ServerResponse };

export interface LocalServer {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP server bound to one host (the dashboard uses 127.0.0.1 only). Rejects with the listen error (EADDRINUSE
 * and friends) so the caller can explain it; close() also ends open event streams.
 */
export async function listenHttp(host: string, port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
