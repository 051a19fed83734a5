// A loopback HTTP server for tests: routes we write, request log, closed after the test.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route handler. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A started test server. */
export interface TestServer {
  origin: string;
  port: number;
  /** Paths requested, in order. */
  log: string[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with a random port; unknown paths answer 404. */
export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const log: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    log.push(req.url ?? '');
    const path = (req.url ?? '/').split('?')[0]!;
    const h = table.get(req.url ?? '') ?? table.get(path);
    if (h) return h(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A handler that answers with a fixed status, headers and body. */
export function reply(status: number, body: string | Buffer, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}
