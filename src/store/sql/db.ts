// The small async database seam both dialects implement: rows in, rows out, transactions.

/** One result row, keyed by column name. */
export type Row = Record<string, unknown>;

/** Rows as arrays beside their column names: cheaper than keyed rows for long reads (no object per row). */
export interface Table {
  columns: string[];
  rows: unknown[][];
}

/** A database connection (or pool) the query layer talks to; SQL uses `?` placeholders. */
export interface Db {
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Like `all`, with each row an array in the order of `columns` (for the long list reads). */
  table(sql: string, params?: unknown[]): Promise<Table>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement and returns the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs fn in one transaction (nested calls join the outer one); rolls back when fn throws. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Runs a read-only snapshot: every query in fn sees the same committed state. */
  snapshot<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Number from a driver value (PostgreSQL returns bigint and count as strings). */
export function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}
