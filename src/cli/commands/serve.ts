// `lantern serve`: migrate, seed on first run, then serve the public portal until SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadAnalyzer } from '../../analyze/analyzer.ts';
import { type Config, loadConfig } from '../../config/settings.ts';
import { type Scheduler, startScheduler } from '../../jobs/scheduler.ts';
import { usageError } from '../../lib/errors.ts';
import { seedSamples } from '../../seed/seed.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { createPortal } from '../../web/app.ts';
import { checkPublicUrl, isLoopbackBase } from '../../web/base-url.ts';
import { loadHotlines } from '../../web/hotlines.ts';
import { loadKnowledgeBase } from '../../web/kb.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';

/** Runs the portal on the embedded store (or PostgreSQL when LANTERN_DATABASE_URL is set). */
export const serveCommand: Command = {
  name: 'serve',
  help: `
Usage: lantern serve [--host HOST] [--port PORT]

Serves the public portal: latest stories, story pages, map, trends, search,
knowledge base, how to report, feeds and sitemap; and the editorial desk at
/desk (sign in at /login with an account from \`lantern users add\`). On first run it creates the
store (SQLite in LANTERN_DATA_DIR, default ./data, or PostgreSQL when
LANTERN_DATABASE_URL is set), applies migrations and loads a few fictional
sample stories so the portal is not empty; no network is needed.
Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.

Options:
  --host HOST   address to listen on (default LANTERN_HOST, 127.0.0.1)
  --port PORT   port to listen on (default LANTERN_PORT, 8080; 0 picks a free port)
  --help        this help

Settings (environment): LANTERN_PUBLIC_URL (absolute URL for feeds, sitemap,
canonical and og:url links; unset: links follow each request's Host, and a
warning is logged when that is loopback), LANTERN_TRUST_PROXY (read
X-Forwarded-Proto/-Host behind a proxy),
LANTERN_AUTO_PUBLISH_SCORE, LANTERN_ALLOW_REPUBLISH, LANTERN_SEED_SAMPLES,
LANTERN_PAGE_CACHE_MS, LANTERN_SESSION_HOURS, LANTERN_TRUST_PROXY.

Exit codes: 0 stopped cleanly, 1 bad usage (e.g. the port is in use), 2 internal error.
`,
  async run(argv, io) {
    const { values } = parseCommandArgs('serve', argv, { host: { type: 'string' }, port: { type: 'string' } });
    const config = loadConfig(io.env);
    const host = values.host ?? config.host;
    const port = values.port === undefined ? config.port : portOf(values.port);
    const store = await openStore(config);
    try {
      await prepare(store, config, io);
      const jobs = startEmbeddedJobs(store, config, io);
      await listen(store, config, host, port, io);
      await jobs?.stop();
    } finally {
      await store.close();
    }
    return 0;
  },
};

/** Why absolute links (feeds, sitemap, canonical) would point at this machine, or null when they would not. */
export function loopbackWarning(config: Pick<Config, 'publicUrl'>, listening: string): string | null {
  const set = checkPublicUrl(config.publicUrl);
  if (set) {
    return isLoopbackBase(set)
      ? `LANTERN_PUBLIC_URL=${set} is a loopback address: feed, sitemap and canonical links will not work for readers on other machines`
      : null;
  }
  return isLoopbackBase(listening)
    ? `LANTERN_PUBLIC_URL is not set and the portal listens on ${listening}: links follow each request's Host, which is loopback here (and behind a proxy that does not pass the Host on); set LANTERN_PUBLIC_URL to the address readers use`
    : null;
}

function portOf(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw usageError(`--port ${JSON.stringify(raw)}: expected 0..65535`);
  return n;
}

async function prepare(store: Store, config: Config, io: CliIo): Promise<void> {
  const m = await store.migrate();
  if (m.from !== m.to) io.stderr.write(`lantern serve: store migrated from version ${m.from} to ${m.to}\n`);
  if (!config.seedSamples) return;
  const r = await seedSamples(store, loadAnalyzer);
  if (r.seeded)
    io.stderr.write(`lantern serve: loaded ${r.stories} fictional sample stories (${r.articles} articles)\n`);
}

// Embedded mode: the portal process also polls sources (turn off with LANTERN_SCHEDULER_EMBEDDED=false
// when `lantern worker` processes share a PostgreSQL store).
function startEmbeddedJobs(store: Store, config: Config, io: CliIo): Scheduler | null {
  if (!config.schedulerEmbedded) return null;
  return startScheduler(store, config, undefined, { onError: (m) => io.stderr.write(`lantern serve: ${m}\n`) });
}

async function listen(store: Store, config: Config, host: string, port: number, io: CliIo): Promise<void> {
  const app = createPortal(
    {
      store,
      config,
      kb: loadKnowledgeBase(),
      hotlines: loadHotlines(),
      cacheMs: config.pageCacheMs,
      api: { keys: store, anonRate: config.apiAnonRate, keyRate: config.apiKeyRate, trustProxy: config.trustProxy },
      alerts: { alerts: store.alerts, allowPrivateWebhooks: config.allowPrivateWebhooks },
    },
    { store, config },
  );
  const server = serve({ fetch: app.fetch, hostname: host, port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE' || err.code === 'EACCES'
          ? usageError(`cannot listen on ${host}:${port} (${err.code}); choose another with --port`)
          : err,
      ),
    );
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  io.stdout.write(`Lantern portal at http://${shown}:${addr.port}/ (Ctrl-C to stop)\n`);
  const warning = loopbackWarning(config, `http://${shown}:${addr.port}`);
  if (warning) io.stderr.write(`lantern serve: warning: ${warning}\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  io.stderr.write(`lantern serve: ${signal}, shutting down\n`);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open; end idle ones now, the rest after a grace period.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    setTimeout(() => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(), 3000).unref();
  });
}
