// The polite fetcher: robots.txt (cached per origin), per-host concurrency and spacing, then a guarded HTTP GET.
import type { Config } from '../config/settings.ts';
import { FetchError } from './errors.ts';
import { HostLimiter, type SharedStarts } from './hosts.ts';
import { checkUrl, type HttpOptions, type HttpResponse, httpGet } from './http.ts';
import { ALLOW_ALL, isAllowed, MAX_ROBOTS_BYTES, parseRobots, type RobotsRules } from './robots.ts';
import { type AllowList, allowList } from './ssrf.ts';

/** How long a robots.txt answer is trusted. */
const ROBOTS_TTL_MS = 3600_000;

/** Per-request extras: conditional-GET validators and an Accept header. */
export interface GetOptions {
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
}

/** Fetches URLs politely and safely; one instance per process shares host limits and the robots cache. */
export interface Fetcher {
  get(url: string, opts?: GetOptions): Promise<HttpResponse>;
}

/** The fetcher's settings, taken from Config. */
export type FetcherConfig = Pick<
  Config,
  | 'userAgent'
  | 'fetchAllowHosts'
  | 'fetchTimeoutMs'
  | 'fetchConnectTimeoutMs'
  | 'fetchMaxBytes'
  | 'fetchMaxRedirects'
  | 'fetchHostConcurrency'
  | 'fetchHostDelayMs'
  | 'fetchRobots'
>;

/** Politeness shared by several workers (the store's host slots): start slots and a robots.txt cache. */
export interface SharedPoliteness extends SharedStarts {
  getRobots(origin: string): Promise<string | null>;
  putRobots(origin: string, rules: string, ttlMs: number): Promise<void>;
}

/** Builds the process's fetcher from config; with `shared`, host spacing and robots.txt hold across workers. */
export function createFetcher(config: FetcherConfig, shared?: SharedPoliteness): Fetcher {
  const allow = allowList(config.fetchAllowHosts);
  const limiter = new HostLimiter(config.fetchHostConcurrency, config.fetchHostDelayMs, shared);
  const robots = new Map<string, { rules: Promise<RobotsRules>; until: number }>();
  const base = httpOptions(config, allow);
  const product = config.userAgent.split('/')[0] ?? config.userAgent;

  async function loadRules(u: URL): Promise<RobotsRules> {
    const stored = shared ? readRules(await shared.getRobots(u.origin)) : null;
    if (stored) return stored;
    // Another worker may have read it while this one waited for the host.
    const rules = await limiter.run(u.host, async (answered) => {
      const fresh = shared ? readRules(await shared.getRobots(u.origin)) : null;
      return fresh ?? loadRobots(u, { ...base, onAnswer: answered }, product);
    });
    await shared?.putRobots(u.origin, JSON.stringify(rules), ROBOTS_TTL_MS);
    return rules;
  }

  // Requests waiting together for one origin share one robots.txt read; a failed read is not kept.
  function rulesFor(u: URL): Promise<RobotsRules> {
    const cached = robots.get(u.origin);
    if (cached && cached.until > Date.now()) return cached.rules;
    const rules = loadRules(u);
    robots.set(u.origin, { rules, until: Date.now() + ROBOTS_TTL_MS });
    rules.catch(() => robots.delete(u.origin));
    return rules;
  }

  return {
    async get(url, opts = {}) {
      const u = checkUrl(url, allow);
      const rules = config.fetchRobots ? await rulesFor(u) : ALLOW_ALL;
      if (!isAllowed(rules, u.pathname + u.search)) {
        throw new FetchError('robots', `${url}: disallowed by ${u.origin}/robots.txt for ${product}`);
      }
      const delay = (rules.crawlDelaySeconds ?? 0) * 1000;
      return limiter.run(u.host, (answered) => httpGet(url, { ...base, ...opts, onAnswer: answered }), delay);
    },
  };
}

function httpOptions(config: FetcherConfig, allow: AllowList): HttpOptions {
  return {
    userAgent: config.userAgent,
    allow,
    connectTimeoutMs: config.fetchConnectTimeoutMs,
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    maxDecodedBytes: config.fetchMaxBytes,
    maxRedirects: config.fetchMaxRedirects,
  };
}

/** Rules read back from the shared cache; anything malformed counts as not cached. */
function readRules(text: string | null): RobotsRules | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as RobotsRules;
    const ok =
      Array.isArray(v.rules) &&
      v.rules.every((r) => typeof r?.allow === 'boolean' && typeof r.pattern === 'string') &&
      (v.crawlDelaySeconds === null || typeof v.crawlDelaySeconds === 'number');
    return ok ? { rules: v.rules, crawlDelaySeconds: v.crawlDelaySeconds } : null;
  } catch {
    return null;
  }
}

/** A robots.txt cut at the limit may end inside a line: that partial line is not read as a rule. */
function wholeLines(body: Buffer): Buffer {
  return body.length < MAX_ROBOTS_BYTES ? body : body.subarray(0, body.lastIndexOf(0x0a) + 1);
}

/** robots.txt: 2xx parsed; 4xx means no rules; 5xx or unreachable means stay away for now (RFC 9309). */
async function loadRobots(u: URL, base: HttpOptions, product: string): Promise<RobotsRules> {
  const where = `${u.origin}/robots.txt`;
  let res: HttpResponse;
  try {
    // RFC 9309: a longer file is read up to the limit and its first part obeyed (never taken as allow-all).
    res = await httpGet(where, {
      ...base,
      maxBytes: MAX_ROBOTS_BYTES,
      maxDecodedBytes: MAX_ROBOTS_BYTES,
      truncate: true,
    });
  } catch (err) {
    if (err instanceof FetchError)
      throw new FetchError(err.code, `robots.txt unavailable, not fetching: ${err.message}`);
    throw err;
  }
  if (res.status >= 200 && res.status < 300) return parseRobots(wholeLines(res.body).toString('utf8'), product);
  if (res.status >= 400 && res.status < 500) return ALLOW_ALL;
  throw new FetchError(
    'robots',
    `${where}: answered ${res.status}; not fetching from this site until it answers`,
    res.status,
  );
}
