// A TCP proxy in front of PostgreSQL for fault tests: cutting it drops every connection and refuses new ones, as a
// server restart or failover does, without touching the real server (other tests share it).

import type { AddressInfo } from 'node:net';
import net from 'node:net';

/** A running proxy: `url` is the database URL through it. */
export interface PgProxy {
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  /** Drops every open connection; new ones are refused until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 (port 0) forwarding to the host and port of `target` (a postgres:// URL). */
export async function startPgProxy(target: string): Promise<PgProxy> {
  const to = new URL(target);
  const open = new Set<net.Socket>();
  let down = false;
  let accepted = 0;
  const server = net.createServer((client) => {
    if (down) return void client.destroy();
    accepted++;
    const upstream = net.connect(Number(to.port || 5432), to.hostname || '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  const cut = () => {
    down = true;
    for (const s of open) s.resetAndDestroy();
  };
  return {
    url: url.href,
    connections: () => accepted,
    cut,
    restore: () => {
      down = false;
    },
    close: () => {
      cut();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
