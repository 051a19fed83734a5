// Opening a PostgreSQL store, optionally inside one schema (tests give each run its own).
import { LanternError, messageOf } from '../../lib/errors.ts';
import { writeBackup } from '../backup.ts';
import { SqlStore } from '../sql/sql-store.ts';
import { postgresDialect } from './dialect.ts';
import { openPgDb } from './pg-db.ts';

/** A PostgreSQL store on a URL, migrated unless `migrate: false`. */
export async function openPostgresStore(
  url: string,
  opts: { schema?: string; migrate?: boolean } = {},
): Promise<SqlStore> {
  const db = openPgDb(url, { schema: opts.schema });
  const store = new SqlStore(db, postgresDialect, (own, file, o) =>
    writeBackup(own, 'postgres', file, o).then(() => {}),
  );
  try {
    await db.get('SELECT 1');
    if (opts.migrate !== false) await store.meta.migrate();
  } catch (err) {
    await db.close().catch(() => {});
    if (err instanceof LanternError) throw err;
    const where = safeUrl(url);
    throw new LanternError('usage', `cannot use the PostgreSQL database ${where}: ${messageOf(err)}`);
  }
  return store;
}

// The URL without its password, for messages.
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return '(unparsable LANTERN_DATABASE_URL)';
  }
}
