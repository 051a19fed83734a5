// URL canonicalisation: one URL per article whatever the tracking parameters, AMP or mobile variant it was reached through.

/** Query parameters that only track the visit (exact names, lower-case). */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'cmp',
  'ncid',
  'ocid',
  'sr_share',
  's_cid',
  'spm',
  'share',
  'smid',
  'ito',
  'xtor',
  'wt_mc',
  'mkt_tok',
  'soc_src',
  'soc_trk',
  'taid',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'rss',
  'from',
  'src',
  'source',
  'campaign',
  'amp',
  'outputtype',
  'amp_js_v',
  'usqp',
  '__twitter_impression',
  'dicbo',
  'feature',
  'partner',
  'utm',
]);
/** Parameter name prefixes that only track the visit. */
const TRACKING_PREFIX = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_', 'vero_', 'oly_', 'trk_'];
/** Host prefixes of mobile and AMP mirrors. */
const MIRROR_HOST = /^(?:www\d?|m|mobile|amp|amp-|touch)\./;

/** Recent answers: a pass asks for the same entry URLs several times. */
const memo = new Map<string, string | null>();
const MEMO_SIZE = 10_000;

/** The canonical form of an article URL, or null when it is not an http(s) URL. */
export function canonicalUrl(raw: string): string | null {
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const out = computeCanonical(raw);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(raw, out);
  return out;
}

function computeCanonical(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // A port other than the scheme's default names another server (another outlet on one host): it is kept.
  const port = u.port === '80' || u.port === '443' ? '' : u.port;
  u.protocol = 'https:';
  u.hash = '';
  u.username = '';
  u.password = '';
  u.hostname = stripMirror(u.hostname.toLowerCase().replace(/\.$/, ''));
  u.port = port;
  u.pathname = canonicalPath(u.pathname);
  if (u.search) u.search = canonicalQuery(u.searchParams);
  return u.href;
}

/** True when two URLs name the same article (same canonical form). */
export function sameArticleUrl(a: string, b: string): boolean {
  const ca = canonicalUrl(a);
  return ca !== null && ca === canonicalUrl(b);
}

/** The site part of a canonical URL (host without mirror prefixes, and a non-default port), for "same site" checks. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    const host = stripMirror(u.hostname.toLowerCase());
    return u.port && u.port !== '80' && u.port !== '443' ? `${host}:${u.port}` : host;
  } catch {
    return null;
  }
}

function stripMirror(host: string): string {
  let h = host;
  for (let i = 0; i < 2 && MIRROR_HOST.test(h) && h.split('.').length > 2; i++) h = h.replace(MIRROR_HOST, '');
  return h;
}

function canonicalPath(path: string): string {
  let p = path
    .replace(/\/amp\/?$/i, '')
    .replace(/^\/amp\//i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/{2,}/g, '/')
    .replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/');
  if (p.length > 1) p = p.replace(/\/+$/, '');
  return p || '/';
}

function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params.entries()].filter(([k]) => !isTracking(k.toLowerCase()));
  kept.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
}

function isTracking(name: string): boolean {
  return TRACKING.has(name) || TRACKING_PREFIX.some((p) => name.startsWith(p));
}
