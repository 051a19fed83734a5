// A small in-memory cache of rendered public responses ("micro-cache"): pages are the same for every reader.
// Concurrent misses for one key share one render, and a stale entry is served while one refresh runs,
// so an expiring home page never sends every waiting request to the database at once.
import { gzipSync } from 'node:zlib';

/** A rendered response body with its gzip form. */
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

/** Builds a CachedPage from rendered text (compressed once here, not per request). */
export function toPage(status: number, type: string, text: string, at: number, level = 6): CachedPage {
  const body = Buffer.from(text);
  return { status, type, body, gzip: body.length >= GZIP_MIN ? gzipSync(body, { level }) : null, at };
}

/** Cache keyed by path and query; entries are fresh for `ttlMs`, then served stale while one refresh runs. */
export class PageCache {
  private entries = new Map<string, CachedPage>();
  private pending = new Map<string, Promise<CachedPage>>();
  constructor(
    readonly ttlMs: number,
    private now: () => number = Date.now,
  ) {}

  /** The cached page for `key`, rendering it with `render` when missing or stale (only 200s are kept). */
  async get(key: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
    if (this.ttlMs <= 0) return render();
    const e = this.entries.get(key);
    if (e && this.now() - e.at <= this.ttlMs) return e;
    const running = this.pending.get(key) ?? this.refresh(key, render);
    // A stale page is good enough while its refresh runs (up to ten lifetimes old).
    if (e && this.now() - e.at <= this.ttlMs * 10) return e;
    return running;
  }

  private refresh(key: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
    const p = render()
      .then((page) => {
        if (page.status === 200) this.store(key, page);
        else this.entries.delete(key);
        return page;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    // The stale path does not await p; keep its failure from becoming an unhandled rejection.
    p.catch(() => {});
    return p;
  }

  private store(key: string, page: CachedPage): void {
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, page);
  }

  /** Forgets everything (after data changes). */
  clear(): void {
    this.entries.clear();
  }
}
