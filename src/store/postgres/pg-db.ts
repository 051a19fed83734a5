// node-postgres behind the async Db seam: a pool, `?` placeholders turned into $n, a schema via search_path.
import pg from 'pg';
import { inputError } from '../../lib/errors.ts';
import type { Db, Row, Table } from '../sql/db.ts';

type Queryable = pg.Pool | pg.PoolClient;

const converted = new Map<string, string>();

/** SQL with `?` placeholders rewritten to PostgreSQL's $1, $2, ... (outside quoted literals). */
export function toPg(sql: string): string {
  let out = converted.get(sql);
  if (out !== undefined) return out;
  let n = 0;
  out = sql.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m));
  if (converted.size > 1000) converted.clear();
  converted.set(sql, out);
  return out;
}

/** A schema name safe to put in search_path. */
export function checkSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw inputError(`schema "${schema}": expected lower-case letters, digits, _`);
  return schema;
}

/** Opens a pool on a PostgreSQL URL, optionally confined to one schema. */
export function openPgDb(url: string, opts: { schema?: string; max?: number } = {}): PgDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 8,
    options: opts.schema ? `-c search_path=${checkSchema(opts.schema)}` : undefined,
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {});
  return new PgDb(pool);
}

function params(list: unknown[] = []): unknown[] {
  return list.map((p) => (p === undefined ? null : p));
}

async function query<T>(q: Queryable, sql: string, list?: unknown[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  return q.query<T & pg.QueryResultRow>(toPg(sql), params(list));
}

async function table(q: Queryable, sql: string, list?: unknown[]): Promise<Table> {
  const r = await q.query<unknown[]>({ text: toPg(sql), values: params(list), rowMode: 'array' });
  return { columns: r.fields.map((f) => f.name), rows: r.rows };
}

// One client inside a transaction.
function clientDb(c: pg.PoolClient): Db {
  const self: Db = {
    all: async <T>(sql: string, p?: unknown[]) => (await query<T>(c, sql, p)).rows as T[],
    table: (sql, p) => table(c, sql, p),
    get: async <T>(sql: string, p?: unknown[]) => (await query<T>(c, sql, p)).rows[0] as T | undefined,
    run: async (sql, p) => (await query(c, sql, p)).rowCount ?? 0,
    exec: async (script) => void (await c.query(script)),
    tx: (fn) => fn(self),
    snapshot: (fn) => fn(self),
    close: async () => {},
  };
  return self;
}

/** The PostgreSQL Db. */
export class PgDb implements Db {
  constructor(readonly pool: pg.Pool) {}

  async all<T = Row>(sql: string, p?: unknown[]): Promise<T[]> {
    return (await query<T>(this.pool, sql, p)).rows as T[];
  }
  table(sql: string, p?: unknown[]): Promise<Table> {
    return table(this.pool, sql, p);
  }
  async get<T = Row>(sql: string, p?: unknown[]): Promise<T | undefined> {
    return (await query<T>(this.pool, sql, p)).rows[0] as T | undefined;
  }
  async run(sql: string, p?: unknown[]): Promise<number> {
    return (await query(this.pool, sql, p)).rowCount ?? 0;
  }
  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.within('BEGIN', fn);
  }
  snapshot<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.within('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn);
  }
  async close(): Promise<void> {
    await this.pool.end();
  }

  private async within<T>(begin: string, fn: (db: Db) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query(begin);
      const out = await fn(clientDb(c));
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }
}
