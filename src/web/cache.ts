// A small in-memory cache of rendered public responses ("micro-cache"): pages are the same for every reader.
import { gzipSync } from 'node:zlib';

/** A cached response body with its gzip form. */
export interface CachedPage {
  status: number;
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  at: number;
}

/** Entries kept at most; the oldest are dropped first. */
export const MAX_ENTRIES = 2000;
/** Bodies smaller than this are not worth compressing. */
const GZIP_MIN = 1024;

/** Cache keyed by path and query, entries living `ttlMs`. */
export class PageCache {
  private entries = new Map<string, CachedPage>();
  constructor(
    readonly ttlMs: number,
    private now: () => number = Date.now,
  ) {}

  /** A fresh entry, or undefined. */
  get(key: string): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** Stores a body (compressed once here, not per request). */
  set(key: string, status: number, type: string, text: string): CachedPage {
    const body = Buffer.from(text);
    const entry = { status, type, body, gzip: body.length >= GZIP_MIN ? gzipSync(body) : null, at: this.now() };
    if (this.ttlMs > 0) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Forgets everything (after data changes). */
  clear(): void {
    this.entries.clear();
  }
}
