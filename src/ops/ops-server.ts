// A worker's own small HTTP server for operators: /healthz and (with LANTERN_METRICS) /metrics, nothing else.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { usageError } from '../lib/errors.ts';
import { mountOps, type OpsDeps } from '../web/ops-routes.ts';

/** A listening operators' server. */
export interface OpsServer {
  /** Where it listens, e.g. http://127.0.0.1:9464/ */
  url: string;
  close(): Promise<void>;
}

/** Starts the operators' routes on host:port (port 0: any free port); a port in use is a usage error. */
export async function startOpsServer(host: string, port: number, deps: OpsDeps): Promise<OpsServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`LANTERN_WORKER_PORT=${port}: expected a port, 0..65535`);
  const app = new Hono();
  mountOps(app, deps);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  const server = serve({ fetch: app.fetch, hostname: host, port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE' || err.code === 'EACCES'
          ? usageError(`cannot listen on ${host}:${port} (${err.code}); choose another LANTERN_WORKER_PORT`)
          : err,
      ),
    );
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shown}:${addr.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
