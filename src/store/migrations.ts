// The ordered list of schema migrations, each applied in its own transaction, with a body per dialect.
import { LanternError } from '../lib/errors.ts';
import { POSTGRES_V1 } from './postgres/schema.ts';
import type { Db } from './sql/db.ts';
import { SQLITE_V1 } from './sqlite/schema.ts';

/** One schema step; append new ones, never edit or reorder shipped ones. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

// Plain SQL both dialects read the same way.
const ENTRY_FAILURES_V2 = `
CREATE TABLE entry_failures (
  url text PRIMARY KEY,
  source_id integer,
  failures integer NOT NULL,
  last_error text NOT NULL,
  next_attempt_at text NOT NULL,
  updated_at text NOT NULL
);
CREATE INDEX entry_failures_source ON entry_failures (source_id);
`;

// The editorial desk: story status (published kept equal to status = 'published'), editor overrides, corrections,
// merges, review urgency, and tombstones of removed stories' articles. Plain SQL both dialects read the same way.
const DESK_V3 = `
ALTER TABLE stories ADD COLUMN status text NOT NULL DEFAULT 'review';
ALTER TABLE stories ADD COLUMN public_title text;
ALTER TABLE stories ADD COLUMN public_summary text;
ALTER TABLE stories ADD COLUMN correction text;
ALTER TABLE stories ADD COLUMN corrected_at text;
ALTER TABLE stories ADD COLUMN merged_into integer;
ALTER TABLE stories ADD COLUMN priority integer NOT NULL DEFAULT 0;
UPDATE stories SET status = 'published' WHERE published;
CREATE INDEX stories_queue ON stories (status, priority, last_seen_at, id);
CREATE TABLE tombstones (
  kind text NOT NULL,
  value text NOT NULL,
  story_id integer,
  reason text NOT NULL,
  at text NOT NULL,
  PRIMARY KEY (kind, value)
);
`;

// Accounts for the desk: the 'analyst' role becomes 'viewer'; wrong-password counters and lockout on users; when a
// session was last used and from which browser.
const ACCOUNTS_V4 = `
UPDATE users SET role = 'viewer' WHERE role = 'analyst';
ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until text;
ALTER TABLE sessions ADD COLUMN last_seen_at text;
ALTER TABLE sessions ADD COLUMN user_agent text;
CREATE INDEX sessions_user ON sessions (user_id);
`;

/** Every migration, oldest first. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', sqlite: SQLITE_V1, postgres: POSTGRES_V1 },
  { version: 2, name: 'entry failures', sqlite: ENTRY_FAILURES_V2, postgres: ENTRY_FAILURES_V2 },
  { version: 3, name: 'editorial desk', sqlite: DESK_V3, postgres: DESK_V3 },
  { version: 4, name: 'accounts', sqlite: ACCOUNTS_V4, postgres: ACCOUNTS_V4 },
];

/** The schema version this build of Lantern writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

const META_TABLE = 'CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL)';

/** Applies pending migrations; a database written by a newer Lantern is refused with a clear message. */
export async function runMigrations(
  db: Db,
  dialect: 'sqlite' | 'postgres',
  lock: (db: Db) => Promise<void>,
): Promise<{ from: number; to: number }> {
  await db.exec(META_TABLE);
  const from = await currentVersion(db);
  refuseNewer(from);
  for (const m of MIGRATIONS) {
    await db.tx(async (t) => {
      await lock(t);
      // Another process may have applied it while we waited for the lock.
      const now = await currentVersion(t);
      refuseNewer(now);
      if (now >= m.version) return;
      await t.exec(m[dialect]);
      await t.run(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(m.version)],
      );
    });
  }
  return { from, to: await currentVersion(db) };
}

/** The schema version recorded in the database (0 when empty). */
export async function currentVersion(db: Db): Promise<number> {
  const row = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
  return row ? Number(row.value) : 0;
}

function refuseNewer(version: number): void {
  if (version > SCHEMA_VERSION) {
    throw new LanternError(
      'usage',
      `the database has schema version ${version}, but this Lantern only knows up to ${SCHEMA_VERSION}: upgrade Lantern (or restore a backup made by this version)`,
    );
  }
}
