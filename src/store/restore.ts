// Restoring a backup file into an empty store of either dialect.
import { LanternError } from '../lib/errors.ts';
import { readBackup } from './backup.ts';
import { SqlStore } from './sql/sql-store.ts';
import type { Store } from './store.ts';

/** Loads a backup written by Store.backup into an empty, migrated store; returns the rows read. */
export async function restoreBackup(store: Store, file: string): Promise<{ rows: number }> {
  if (!(store instanceof SqlStore)) throw new LanternError('internal', 'restore: not a SQL store');
  return readBackup(store.db, store.sql, file);
}
