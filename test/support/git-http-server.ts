import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHttpServer { url: string; close(): Promise<void> }

/**
 * Serves the bare repositories in `root` over git's smart HTTP protocol on 127.0.0.1, read-only, through git's own
 * CGI program (`git http-backend`): `<url>/<name>.git` clones like a repository on a forge, shallow clones included.
 */
export function serveGitHttp(root: string): Promise<GitHttpServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const [pathInfo = '/', query = ''] = (req.url ?? '/').split('?');
      const body = Buffer.concat(chunks);
      const cgi = spawn('git', ['http-backend'], {
        env: {
          PATH: process.env.PATH,
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: decodeURIComponent(pathInfo),
          QUERY_STRING: query,
          REQUEST_METHOD: req.method ?? 'GET',
          CONTENT_TYPE: req.headers['content-type'] ?? '',
          CONTENT_LENGTH: String(body.length),
          // Compressed request bodies and protocol v2 are announced in headers; the CGI reads them from these.
          HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
          GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
          REMOTE_ADDR: '127.0.0.1',
        },
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      const out: Buffer[] = [];
      cgi.stdout.on('data', (c: Buffer) => out.push(c));
      cgi.on('close', () => {
        const all = Buffer.concat(out);
        let split = all.indexOf('\r\n\r\n');
        let sep = 4;
        if (split < 0) [split, sep] = [all.indexOf('\n\n'), 2];
        if (split < 0) {
          res.writeHead(500).end();
          return;
        }
        const headers: Record<string, string> = {};
        let status = 200;
        for (const line of all.subarray(0, split).toString('latin1').split(/\r?\n/)) {
          const i = line.indexOf(':');
          if (i < 0) continue;
          const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
          if (k.toLowerCase() === 'status') status = Number.parseInt(v, 10) || 200;
          else headers[k] = v;
        }
        res.writeHead(status, headers).end(all.subarray(split + sep));
      });
      // A GET has no body and the CGI may exit before reading stdin: EPIPE there is expected.
      cgi.stdin.on('error', () => undefined);
      cgi.on('error', () => res.writeHead(500).end());
      cgi.stdin.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      }),
    ),
  );
}
