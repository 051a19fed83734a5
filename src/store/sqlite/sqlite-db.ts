// better-sqlite3 behind the async Db seam: cached prepared statements, WAL, one writer transaction at a time.
import Database from 'better-sqlite3';
import type { Db, Row, Table } from '../sql/db.ts';

type Statement = Database.Statement;

/** Opens a SQLite file (or ':memory:') in WAL mode with the pragmas Lantern relies on. */
export function openSqliteDb(file: string, opts: { readonly?: boolean } = {}): SqliteDb {
  const db = new Database(file, { readonly: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 16384');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return new SqliteDb(db);
}

/** The SQLite Db; a transaction holds a lock so awaits inside it never interleave with other callers' statements.
 * The `while (active) await lock` is inlined so the check and the statement run with no await between them. */
export class SqliteDb implements Db {
  private readonly cache = new Map<string, Statement>();
  private readonly rawCache = new Map<string, Statement>();
  private lock: Promise<void> = Promise.resolve();
  private active = false;
  private readonly handle: Db;

  constructor(readonly raw: Database.Database) {
    this.handle = {
      all: async (sql, params) => this.prepare(sql).all(...bind(params)) as never,
      table: async (sql, params) => this.tableNow(sql, params),
      get: async (sql, params) => this.prepare(sql).get(...bind(params)) as never,
      run: async (sql, params) => this.runNow(sql, params),
      exec: async (script) => void this.raw.exec(script),
      tx: (fn) => fn(this.handle),
      snapshot: (fn) => fn(this.handle),
      close: async () => {},
    };
  }

  /** A cached prepared statement. */
  prepare(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    while (this.active) await this.lock;
    return this.prepare(sql).all(...bind(params)) as T[];
  }

  async table(sql: string, params: unknown[] = []): Promise<Table> {
    while (this.active) await this.lock;
    return this.tableNow(sql, params);
  }

  async get<T = Row>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    while (this.active) await this.lock;
    return this.prepare(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    while (this.active) await this.lock;
    return this.runNow(sql, params);
  }

  async exec(script: string): Promise<void> {
    while (this.active) await this.lock;
    this.raw.exec(script);
  }

  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.exclusive('BEGIN IMMEDIATE', fn);
  }

  snapshot<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.exclusive('BEGIN', fn);
  }

  async close(): Promise<void> {
    while (this.active) await this.lock;
    this.cache.clear();
    this.rawCache.clear();
    if (this.raw.open) this.raw.close();
  }

  // A statement in raw mode (rows as arrays) is kept apart from the keyed one for the same SQL.
  private tableNow(sql: string, params: unknown[] = []): Table {
    let s = this.rawCache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql).raw(true);
      if (this.rawCache.size > 100) this.rawCache.clear();
      this.rawCache.set(sql, s);
    }
    return { columns: s.columns().map((c) => c.name), rows: s.all(...bind(params)) as unknown[][] };
  }

  private runNow(sql: string, params: unknown[] = []): number {
    const s = this.prepare(sql);
    return s.reader ? s.all(...bind(params)).length : s.run(...bind(params)).changes;
  }

  private async exclusive<T>(begin: string, fn: (db: Db) => Promise<T>): Promise<T> {
    while (this.active) await this.lock;
    this.active = true;
    let release!: () => void;
    this.lock = new Promise((r) => {
      release = r;
    });
    try {
      this.raw.exec(begin);
      const out = await fn(this.handle);
      this.raw.exec('COMMIT');
      return out;
    } catch (err) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      throw err;
    } finally {
      this.active = false;
      release();
    }
  }
}

// better-sqlite3 binds every JS number as REAL; integers go in as BigInt so they bind as INTEGER, which FTS5
// needs to seek on rowid ranges (with REAL bounds it walks the whole doclist: 100x slower at 1M articles).
function bind(params: unknown[] = []): unknown[] {
  return params.map((p) =>
    p === undefined
      ? null
      : typeof p === 'boolean'
        ? p
          ? 1
          : 0
        : typeof p === 'number' && Number.isSafeInteger(p)
          ? BigInt(p)
          : p,
  );
}
