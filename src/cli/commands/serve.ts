// `lantern serve`: migrate, seed on first run, then serve the public portal until SIGINT/SIGTERM.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { loadAnalyzer } from '../../analyze/analyzer.ts';
import { type Config, loadConfig } from '../../config/settings.ts';
import { type Scheduler, startScheduler } from '../../jobs/scheduler.ts';
import { usageError } from '../../lib/errors.ts';
import type { Log } from '../../ops/log.ts';
import { type OpsRuntime, opsRuntime } from '../../ops/runtime.ts';
import { seedSamples } from '../../seed/seed.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { createPortal } from '../../web/app.ts';
import { checkPublicUrl, isLoopbackBase } from '../../web/base-url.ts';
import { loadHotlines } from '../../web/hotlines.ts';
import { loadKnowledgeBase } from '../../web/kb.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { VERSION } from '../main.ts';

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

Logs: one JSON object a line on standard output (pino): startup (where it
listens, the public URL, the loopback warning), each poll, each failed poll, each
publish, each pass, shutdown. LANTERN_LOG_LEVEL picks the level (default info).
GET /healthz answers 200 JSON when the store is reachable, else 503. GET /metrics
(Prometheus) is served only with LANTERN_METRICS=true, and then only to clients
on this machine (not forwarded by a proxy) or to a bearer of LANTERN_METRICS_TOKEN.

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
      const ops = opsRuntime(config, io.stdout, 'serve', store, config.metrics);
      await prepare(store, config, ops.log);
      const jobs = startEmbeddedJobs(store, config, ops);
      await listen(store, config, { host, port }, ops);
      await jobs?.stop();
      ops.log.info({ event: 'stop' }, 'stopped');
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

async function prepare(store: Store, config: Config, log: Log): Promise<void> {
  const m = await store.meta.migrate();
  if (m.from !== m.to)
    log.info({ event: 'migrate', from: m.from, to: m.to }, `store migrated from version ${m.from} to ${m.to}`);
  if (!config.seedSamples) return;
  const r = await seedSamples(store, loadAnalyzer);
  if (r.seeded)
    log.info(
      { event: 'samples', stories: r.stories, articles: r.articles },
      `loaded ${r.stories} fictional sample stories (${r.articles} articles)`,
    );
}

// Embedded mode: the portal process also polls sources (turn off with LANTERN_SCHEDULER_EMBEDDED=false
// when `lantern worker` processes share a PostgreSQL store).
function startEmbeddedJobs(store: Store, config: Config, ops: OpsRuntime): Scheduler | null {
  if (!config.schedulerEmbedded) return null;
  return startScheduler(store, config, undefined, ops.scheduler);
}

async function listen(
  store: Store,
  config: Config,
  { host, port }: { host: string; port: number },
  ops: OpsRuntime,
): Promise<void> {
  const app = createPortal(
    {
      store,
      config,
      kb: loadKnowledgeBase(),
      hotlines: loadHotlines(),
      cacheMs: config.pageCacheMs,
      api: {
        keys: store.keys,
        anonRate: config.apiAnonRate,
        keyRate: config.apiKeyRate,
        trustProxy: config.trustProxy,
      },
      alerts: { alerts: store.alerts, allowPrivateWebhooks: config.allowPrivateWebhooks },
    },
    { store, config, onChange: ops.desk },
    {
      ping: () => store.sources.get(0),
      dialect: store.dialect,
      metrics: ops.metrics,
      metricsToken: config.metricsToken,
      onError: ops.httpError,
    },
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
  const url = `http://${shown}:${addr.port}/`;
  startupLog(ops.log, config, url, store.dialect);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  ops.log.info({ event: 'shutdown', signal }, `${signal}, shutting down`);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open; end idle ones now, the rest after a grace period.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
    setTimeout(() => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(), 3000).unref();
  });
}

/** The startup line (where the portal listens, its public URL) and the warning when links would be loopback. */
function startupLog(log: Log, config: Config, url: string, dialect: string): void {
  const publicUrl = checkPublicUrl(config.publicUrl) || null;
  log.info(
    {
      event: 'start',
      url,
      publicUrl,
      store: dialect,
      scheduler: config.schedulerEmbedded ? 'embedded' : 'off',
      metrics: config.metrics ? (config.metricsToken ? 'loopback+token' : 'loopback') : 'off',
      version: VERSION,
    },
    `Lantern portal at ${url} (Ctrl-C to stop)`,
  );
  const warning = loopbackWarning(config, url.replace(/\/$/, ''));
  if (warning) log.warn({ event: 'config-warning', publicUrl }, `warning: ${warning}`);
}
