// One polite, bounded HTTP GET on node:http(s): SSRF guard after DNS and per redirect, timeouts, size caps.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { messageOf } from '../lib/errors.ts';
import { FetchError } from './errors.ts';
import { type AllowList, refusal } from './ssrf.ts';

/** Limits and headers for one fetch. */
export interface HttpOptions {
  userAgent: string;
  allow: AllowList;
  connectTimeoutMs: number;
  timeoutMs: number;
  /** Cap on bytes received (compressed). */
  maxBytes: number;
  /** Cap on bytes after decompression. */
  maxDecodedBytes: number;
  maxRedirects: number;
  /** Past the caps, keep the first maxDecodedBytes and stop reading instead of failing (robots.txt). */
  truncate?: boolean;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Called when the answer's headers arrive (the request surely reached the host: its spacing counts from then). */
  onAnswer?: () => void;
}

/** A completed response (any status; 304 has an empty body). */
export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  redirects: string[];
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/** GETs a URL, following up to maxRedirects redirects, each re-checked by the SSRF guard. */
export async function httpGet(url: string, opts: HttpOptions): Promise<HttpResponse> {
  const redirects: string[] = [];
  let current = url;
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const res = await requestRetryingStale(current, opts, deadline, redirects.length === 0);
    const location = res.headers.location;
    if (![301, 302, 303, 307, 308].includes(res.status) || !location) return { ...res, redirects };
    if (redirects.length >= opts.maxRedirects) {
      throw new FetchError('too-many-redirects', `${url}: more than ${opts.maxRedirects} redirects`);
    }
    redirects.push(current);
    current = resolveLocation(location, current);
  }
}

function resolveLocation(location: string, base: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchError('bad-url', `${base}: redirect to an invalid URL ${JSON.stringify(location.slice(0, 200))}`);
  }
}

/** Parses and checks a URL: http(s) only, no credentials; an IP-literal host is checked before any connection. */
export function checkUrl(raw: string, allow: AllowList): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError('bad-url', `${JSON.stringify(raw.slice(0, 200))}: not a valid URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FetchError('bad-url', `${u.href}: only http and https URLs are fetched`);
  }
  if (u.username || u.password) throw new FetchError('bad-url', `${u.origin}: URLs with credentials are not fetched`);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const why = refusal(host, host, allow);
    if (why) throw new FetchError('blocked-address', `${u.href}: ${why}`);
  }
  return u;
}

/** A DNS lookup that refuses blocked addresses (all of them are checked, against rebinding tricks). */
export function guardedLookup(allow: AllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const bad = addresses.map((a) => refusal(hostname, a.address, allow)).find(Boolean);
      if (bad) return callback(Object.assign(new Error(bad), { code: 'EBLOCKED' }), '', 4);
      if (!addresses.length) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 4);
      if ((options as { all?: boolean }).all) return (callback as unknown as AllCb)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
type AllCb = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/**
 * One request, sent again once on a fresh connection when a kept-alive one turns out to be closed already (the
 * server dropped it while it sat idle: the reset says nothing about the server, and a GET may be repeated).
 */
async function requestRetryingStale(url: string, opts: HttpOptions, deadline: number, first: boolean) {
  try {
    return await requestOnce(url, opts, deadline, first);
  } catch (err) {
    if (!(err instanceof StaleSocket)) throw err;
    return requestOnce(url, opts, deadline, first, true);
  }
}

/** A reset on a reused keep-alive socket before any answer came. */
class StaleSocket extends Error {}

function requestOnce(url: string, opts: HttpOptions, deadline: number, first: boolean, fresh = false) {
  const u = checkUrl(url, opts.allow);
  return new Promise<Omit<HttpResponse, 'redirects'>>((resolve, reject) => {
    const fail = (e: unknown) => {
      clearTimeout(timer);
      req.destroy();
      const stale = req.reusedSocket && !answered && (e as NodeJS.ErrnoException)?.code === 'ECONNRESET';
      reject(stale ? new StaleSocket() : e instanceof FetchError ? e : toFetchError(url, e));
    };
    let answered = false;
    const req = (u.protocol === 'https:' ? https : http).request(u, {
      method: 'GET',
      agent: fresh ? false : agents[u.protocol as 'http:'],
      lookup: guardedLookup(opts.allow),
      headers: requestHeaders(opts, first),
    });
    const timer = setTimeout(
      () => fail(new FetchError('timeout', `${url}: no complete answer within ${opts.timeoutMs} ms`)),
      Math.max(1, deadline - Date.now()),
    );
    const connectTimer = setTimeout(
      () => fail(new FetchError('connect-timeout', `${url}: could not connect within ${opts.connectTimeoutMs} ms`)),
      opts.connectTimeoutMs,
    );
    req.on('socket', (s) => {
      if (!s.connecting) clearTimeout(connectTimer);
      else s.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (e) => {
      clearTimeout(connectTimer);
      fail(e);
    });
    req.on('response', (res) => {
      answered = true;
      opts.onAnswer?.();
      clearTimeout(connectTimer);
      readBody(url, res, opts).then((body) => {
        clearTimeout(timer);
        resolve({ url, status: res.statusCode ?? 0, headers: flatHeaders(res), body });
      }, fail);
    });
    req.end();
  });
}

function requestHeaders(opts: HttpOptions, first: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: opts.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (first && opts.etag) h['if-none-match'] = opts.etag;
  if (first && opts.lastModified) h['if-modified-since'] = opts.lastModified;
  return h;
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Reads a body with caps on the wire size and on the decompressed size. */
function readBody(url: string, res: IncomingMessage, opts: HttpOptions): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > opts.maxBytes && !opts.truncate) {
    res.destroy();
    return Promise.reject(tooLarge(url, `declares ${declared} bytes`, opts.maxBytes));
  }
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300 || status === 204) return drain(res);
  return new Promise((resolve, reject) => {
    let wire = 0;
    res.on('data', (c: Buffer) => {
      wire += c.length;
      if (wire > opts.maxBytes && !opts.truncate) res.destroy(tooLarge(url, 'sent more', opts.maxBytes));
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null;
    try {
      decoder = decompressor(res.headers['content-encoding'], url);
    } catch (err) {
      res.destroy();
      return reject(err);
    }
    let full = false;
    const sink = new Writable({
      write(chunk: Buffer, _enc: string, cb: (e?: Error | null) => void) {
        if (size + chunk.length > opts.maxDecodedBytes) {
          if (!opts.truncate) return cb(tooLarge(url, 'decompresses to more', opts.maxDecodedBytes));
          chunks.push(chunk.subarray(0, opts.maxDecodedBytes - size));
          size = opts.maxDecodedBytes;
          full = true;
          return cb(new Error('truncated'));
        }
        size += chunk.length;
        chunks.push(chunk);
        cb();
      },
    });
    const done = (err: NodeJS.ErrnoException | null | undefined) =>
      err && !full ? reject(err) : resolve(Buffer.concat(chunks, size));
    if (decoder) pipeline(res, decoder, sink, done);
    else pipeline(res, sink, done);
  });
}

/** Bytes of an unused (non-2xx) body read to keep the connection for reuse; past this it is closed instead. */
const DRAIN_BYTES = 64 * 1024;

/** Discards the body of a non-2xx answer (only its status is used): a short one is read, a long one cut off. */
function drain(res: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => resolve(Buffer.alloc(0));
    res.on('data', (c: Buffer) => {
      seen += c.length;
      if (seen > DRAIN_BYTES) {
        res.destroy();
        done();
      }
    });
    res.on('end', done);
    res.on('error', done);
    res.on('close', done);
  });
}

function decompressor(encoding: string | undefined, url: string) {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  if (e === '' || e === 'identity') return null;
  throw new FetchError('network', `${url}: unsupported Content-Encoding ${JSON.stringify(e.slice(0, 40))}`);
}

function tooLarge(url: string, what: string, cap: number): FetchError {
  return new FetchError('too-large', `${url}: body ${what} than the ${cap}-byte cap`);
}

function toFetchError(url: string, e: unknown): FetchError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  if (code === 'EBLOCKED') return new FetchError('blocked-address', `${url}: ${messageOf(e)}`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchError('dns', `${url}: host not found (${code})`);
  if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI')) {
    return new FetchError('network', `${url}: bad compressed body (${code})`);
  }
  return new FetchError('network', `${url}: ${messageOf(e)}${code ? ` (${code})` : ''}`);
}
