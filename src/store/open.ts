// Opening the store: SQLite at <dataDir>/lantern.db by default, PostgreSQL when a database URL is set.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/settings.ts';
import { LanternError, messageOf } from '../lib/errors.ts';
import { writeBackup } from './backup.ts';
import { openPostgresStore } from './postgres/open.ts';
import { SqlStore } from './sql/sql-store.ts';
import { sqliteDialect } from './sqlite/dialect.ts';
import { openSqliteDb } from './sqlite/sqlite-db.ts';
import type { Store } from './store.ts';

/** Options for opening a store. */
export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

/** The store the configuration names, migrated and ready. */
export async function openStore(
  config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  opts: OpenOptions = {},
): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl, opts);
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteStore(join(config.dataDir, 'lantern.db'), opts);
}

/** A SQLite store on a file, or in memory with ':memory:' (tests). */
export async function openSqliteStore(file: string, opts: OpenOptions = {}): Promise<SqlStore> {
  let db: ReturnType<typeof openSqliteDb>;
  try {
    db = openSqliteDb(file);
  } catch (err) {
    throw new LanternError('usage', `cannot open the SQLite store ${file}: ${messageOf(err)}`);
  }
  const live = file === ':memory:' ? [] : ['', '-wal', '-shm', '-journal'].map((x) => `${file}${x}`);
  const store = new SqlStore(db, sqliteDialect, async (own, out, o) => {
    // A second connection reads the snapshot, so the store stays usable while the backup runs.
    const reader = file === ':memory:' ? own : openSqliteDb(file, { readonly: true });
    try {
      await writeBackup(reader, 'sqlite', out, { ...o, protect: live });
    } finally {
      if (reader !== own) await reader.close();
    }
  });
  if (opts.migrate !== false) await migrateOrClose(store);
  return store;
}

/** Migrates a freshly opened store, closing it when that fails. */
export async function migrateOrClose(store: Store): Promise<void> {
  try {
    await store.meta.migrate();
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
}

/** A fresh in-memory SQLite store, migrated: for tests and throwaway runs. */
export function openMemoryStore(): Promise<SqlStore> {
  return openSqliteStore(':memory:');
}
