// One declarative table of settings, read from environment variables and validated once.
import { LanternError } from '../lib/errors.ts';

type Kind = 'string' | 'int' | 'number' | 'bool' | 'list';

interface Setting {
  env: string;
  kind: Kind;
  default: string;
  help: string;
}

/** Every setting Lantern reads; add new ones here so `lantern config` and the README stay true. */
export const SETTINGS = {
  dataDir: { env: 'LANTERN_DATA_DIR', kind: 'string', default: './data', help: 'Folder for the embedded SQLite store' },
  databaseUrl: {
    env: 'LANTERN_DATABASE_URL',
    kind: 'string',
    default: '',
    help: 'postgres://… to use PostgreSQL instead of embedded SQLite',
  },
  host: { env: 'LANTERN_HOST', kind: 'string', default: '127.0.0.1', help: 'Address the portal listens on' },
  port: { env: 'LANTERN_PORT', kind: 'int', default: '8080', help: 'Port the portal listens on' },
  publicUrl: {
    env: 'LANTERN_PUBLIC_URL',
    kind: 'string',
    default: '',
    help: "Absolute URL of the portal, used for every absolute link (feeds, sitemap, canonical, og:url, JSON-LD); unset: links follow the request's Host",
  },

  autoPublish: {
    env: 'LANTERN_AUTO_PUBLISH',
    kind: 'bool',
    default: 'false',
    help: 'Publish relevant articles without an editor when they score at least LANTERN_AUTO_PUBLISH_SCORE and carry no privacy or language flag (off: every story waits for an editor)',
  },
  autoPublishScore: {
    env: 'LANTERN_AUTO_PUBLISH_SCORE',
    kind: 'number',
    default: '0.6',
    help: 'With LANTERN_AUTO_PUBLISH on: the score at or above which an unflagged relevant article is published',
  },
  allowRepublish: {
    env: 'LANTERN_ALLOW_REPUBLISH',
    kind: 'bool',
    default: 'false',
    help: 'Show full article text on story pages (only with the rights to republish)',
  },
  fetchAllowHosts: {
    env: 'LANTERN_FETCH_ALLOW',
    kind: 'list',
    default: '',
    help: 'Private addresses or hosts the fetcher may reach anyway (comma-separated, e.g. 127.0.0.1)',
  },
  fetchTimeoutMs: {
    env: 'LANTERN_FETCH_TIMEOUT_MS',
    kind: 'int',
    default: '30000',
    help: 'Longest time for one HTTP fetch, redirects included (milliseconds)',
  },
  fetchConnectTimeoutMs: {
    env: 'LANTERN_FETCH_CONNECT_TIMEOUT_MS',
    kind: 'int',
    default: '10000',
    help: 'Longest time to open a connection (milliseconds)',
  },
  fetchMaxBytes: {
    env: 'LANTERN_FETCH_MAX_BYTES',
    kind: 'int',
    default: '10485760',
    help: 'Largest response body accepted, as sent and again after decompression (bytes)',
  },
  fetchMaxRedirects: { env: 'LANTERN_FETCH_MAX_REDIRECTS', kind: 'int', default: '5', help: 'Redirects followed' },
  fetchHostConcurrency: {
    env: 'LANTERN_FETCH_HOST_CONCURRENCY',
    kind: 'int',
    default: '2',
    help: 'Requests in flight at once to one host',
  },
  fetchHostDelayMs: {
    env: 'LANTERN_FETCH_HOST_DELAY_MS',
    kind: 'int',
    default: '1000',
    help: 'Minimum time between two request starts to one host (a robots.txt Crawl-delay may raise it)',
  },
  fetchConcurrency: {
    env: 'LANTERN_FETCH_CONCURRENCY',
    kind: 'int',
    default: '8',
    help: 'Sources polled at once by one process',
  },
  fetchRobots: { env: 'LANTERN_FETCH_ROBOTS', kind: 'bool', default: 'true', help: 'Obey robots.txt' },
  analysisThreads: {
    env: 'LANTERN_ANALYSIS_THREADS',
    kind: 'int',
    default: '1',
    help: 'Worker threads that extract and analyse fetched pages (0: on the main thread)',
  },
  schedulerEmbedded: {
    env: 'LANTERN_SCHEDULER_EMBEDDED',
    kind: 'bool',
    default: 'true',
    help: 'lantern serve also polls sources (embedded mode); set false when lantern worker processes do it',
  },
  workerHost: {
    env: 'LANTERN_WORKER_HOST',
    kind: 'string',
    default: '127.0.0.1',
    help: 'Address on which lantern worker serves /healthz and /metrics (with LANTERN_WORKER_PORT)',
  },
  workerPort: {
    env: 'LANTERN_WORKER_PORT',
    kind: 'int',
    default: '0',
    help: 'Port on which lantern worker serves /healthz and, with LANTERN_METRICS, /metrics (same access rules as the portal); 0: none',
  },
  schedulerTickSeconds: {
    env: 'LANTERN_SCHEDULER_TICK_SECONDS',
    kind: 'int',
    default: '30',
    help: 'How often the scheduler looks for due sources (seconds)',
  },
  userAgent: {
    env: 'LANTERN_USER_AGENT',
    kind: 'string',
    default: 'LanternBot/0.1 (+https://github.com/lantern-tip/lantern; trafficking-news monitor)',
    help: 'User-Agent sent when fetching',
  },
  seedSamples: {
    env: 'LANTERN_SEED_SAMPLES',
    kind: 'bool',
    default: 'true',
    help: 'Load the bundled sample stories on first run',
  },
  pageCacheMs: {
    env: 'LANTERN_PAGE_CACHE_MS',
    kind: 'int',
    default: '5000',
    help: 'How long the portal serves a rendered public page from memory (milliseconds; 0 turns it off)',
  },
  trustProxy: {
    env: 'LANTERN_TRUST_PROXY',
    kind: 'bool',
    default: 'false',
    help: 'Behind a reverse proxy: read the scheme, host and client address from X-Forwarded-Proto/-Host/-For',
  },
  sessionHours: {
    env: 'LANTERN_SESSION_HOURS',
    kind: 'int',
    default: '12',
    help: 'How long a desk sign-in lasts (hours); an idle session ends after two hours anyway',
  },
  apiAnonRate: {
    env: 'LANTERN_API_ANON_RATE',
    kind: 'int',
    default: '60',
    help: 'JSON API requests per minute allowed to one client address without a key (then 429 with Retry-After)',
  },
  apiKeyRate: {
    env: 'LANTERN_API_KEY_RATE',
    kind: 'int',
    default: '600',
    help: 'JSON API requests per minute allowed to one key made without --rate',
  },
  smtpUrl: {
    env: 'LANTERN_SMTP_URL',
    kind: 'string',
    default: '',
    help: 'SMTP server for alert e-mail (smtp://user:pass@host:587 or smtps://…); unset: alert e-mail waits unsent',
  },
  mailFrom: {
    env: 'LANTERN_MAIL_FROM',
    kind: 'string',
    default: 'Lantern <alerts@localhost>',
    help: 'From address of alert e-mail',
  },
  logLevel: {
    env: 'LANTERN_LOG_LEVEL',
    kind: 'string',
    default: 'info',
    help: 'Level of the JSON log lines `serve` and `worker` write to standard output: fatal, error, warn, info, debug, trace or silent',
  },
  metrics: {
    env: 'LANTERN_METRICS',
    kind: 'bool',
    default: 'false',
    help: 'Serve Prometheus metrics at /metrics to clients on this machine (loopback, not forwarded by a proxy); off: /metrics is 404',
  },
  metricsToken: {
    env: 'LANTERN_METRICS_TOKEN',
    kind: 'string',
    default: '',
    help: 'With LANTERN_METRICS on: a bearer token that lets a scraper on another machine read /metrics (Authorization: Bearer …)',
  },
  allowPrivateWebhooks: {
    env: 'LANTERN_ALLOW_PRIVATE_WEBHOOKS',
    kind: 'bool',
    default: 'false',
    help: 'Let alert webhooks reach private and loopback addresses (tests only)',
  },
} satisfies Record<string, Setting>;

type Settings = typeof SETTINGS;
type ValueOf<K extends Kind> = K extends 'int' | 'number'
  ? number
  : K extends 'bool'
    ? boolean
    : K extends 'list'
      ? string[]
      : string;

/** The validated configuration, passed explicitly to whatever needs it. */
export type Config = { [K in keyof Settings]: ValueOf<Settings[K]['kind']> };

/** Reads and validates every setting from env; throws a usage error naming the variable on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(SETTINGS) as [string, Setting][]) {
    out[key] = parseValue(s, env[s.env] ?? s.default);
  }
  return out as Config;
}

function parseValue(s: Setting, raw: string): unknown {
  switch (s.kind) {
    case 'int':
    case 'number': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || (s.kind === 'int' && !Number.isInteger(n))) {
        throw new LanternError(
          'usage',
          `${s.env}=${JSON.stringify(raw)}: expected ${s.kind === 'int' ? 'an integer' : 'a number'}`,
        );
      }
      return n;
    }
    case 'bool':
      if (/^(1|true|yes|on)$/i.test(raw)) return true;
      if (/^(0|false|no|off|)$/i.test(raw)) return false;
      throw new LanternError('usage', `${s.env}=${JSON.stringify(raw)}: expected true or false`);
    case 'list':
      return raw
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    default:
      return raw;
  }
}
