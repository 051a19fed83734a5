// The ordered list of schema migrations, each applied in its own transaction, with a body per dialect.
import { LanternError } from '../lib/errors.ts';
import type { Db } from './sql/db.ts';
import type { Dialect } from './sql/dialect.ts';

/** One schema step; append new ones, never edit or reorder shipped ones. */
export interface Migration {
  version: number;
  name: string;
  /** The step's SQL in a dialect (most are plain SQL both read the same way). */
  sql(d: Dialect): string;
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

// API keys for the JSON API: only each key's SHA-256 is kept (and a short prefix to tell keys apart); uses counted
// all-time on the key and per UTC day in api_key_days. The id column is the one thing the dialects write differently.
const apiKeysV5 = (id: string) => `
CREATE TABLE api_keys (
  id ${id},
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  rate_per_min integer,
  created_at text NOT NULL,
  revoked_at text,
  uses integer NOT NULL DEFAULT 0,
  last_used_at text
);
CREATE TABLE api_key_days (
  key_id integer NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
  day text NOT NULL,
  uses integer NOT NULL,
  PRIMARY KEY (key_id, day)
);
`;

// Host politeness shared by every worker on one database: when each host may next be asked (milliseconds on the
// database's clock, claimed atomically), which claim holds it until its request is sent, and robots.txt rules per
// origin with their expiry. Plain SQL for both.
const HOST_SLOTS_V7 = `
CREATE TABLE host_slots (
  host text PRIMARY KEY,
  next_start_ms bigint NOT NULL,
  holder text
);
CREATE TABLE robots_cache (
  origin text PRIMARY KEY,
  rules text NOT NULL,
  until_ms bigint NOT NULL
);
`;

// Alerts (saved searches people follow): each story is matched once (alert_seen; stories already public when this
// migration runs count as seen, so nobody is sent the back catalogue), each (alert, story) matched once, and each
// (alert, story, channel) sent once: claimed with a lease, then marked sent or, after too many failures, dead.
const alertsV6 = (id: string) => `
CREATE TABLE alerts (
  id ${id},
  query text NOT NULL,
  filters text NOT NULL,
  owner_kind text NOT NULL,
  owner_id integer,
  email text,
  webhook_url text,
  atom integer NOT NULL,
  cadence text NOT NULL,
  token text NOT NULL UNIQUE,
  secret text NOT NULL,
  created_at text NOT NULL,
  last_email_at text
);
CREATE INDEX alerts_owner ON alerts (owner_kind, owner_id);
CREATE TABLE alert_seen (
  story_id integer PRIMARY KEY,
  seen_at text NOT NULL
);
INSERT INTO alert_seen (story_id, seen_at) SELECT id, '1970-01-01T00:00:00.000Z' FROM stories WHERE status = 'published';
CREATE TABLE alert_matches (
  alert_id integer NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  story_id integer NOT NULL,
  matched_at text NOT NULL,
  PRIMARY KEY (alert_id, story_id)
);
CREATE TABLE alert_sends (
  alert_id integer NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  story_id integer NOT NULL,
  channel text NOT NULL,
  state text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_at text NOT NULL,
  sent_at text,
  last_error text,
  PRIMARY KEY (alert_id, story_id, channel)
);
CREATE INDEX alert_sends_due ON alert_sends (channel, state, next_at);
`;

// Public story lists (portal, API, exports, feeds) ask for published stories newest first: with only
// (status, priority, …) to go by, each page sorted every published story (115 ms CPU a page at 100,000 stories).
const PUBLIC_STORIES_V8 = `
CREATE INDEX stories_public ON stories (status, last_seen_at, id);
`;

/** Every migration, oldest first. */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', sql: (d) => d.initialSchema },
  { version: 2, name: 'entry failures', sql: () => ENTRY_FAILURES_V2 },
  { version: 3, name: 'editorial desk', sql: () => DESK_V3 },
  { version: 4, name: 'accounts', sql: () => ACCOUNTS_V4 },
  { version: 5, name: 'api keys', sql: (d) => apiKeysV5(d.identityKey) },
  { version: 6, name: 'alerts', sql: (d) => alertsV6(d.identityKey) },
  { version: 7, name: 'host slots', sql: () => HOST_SLOTS_V7 },
  { version: 8, name: 'public story lists', sql: () => PUBLIC_STORIES_V8 },
];

/** The schema version this build of Lantern writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

const META_TABLE = 'CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL)';

/** Applies pending migrations; a database written by a newer Lantern is refused with a clear message. */
export async function runMigrations(db: Db, dialect: Dialect): Promise<{ from: number; to: number }> {
  await db.exec(META_TABLE);
  const from = await currentVersion(db);
  refuseNewer(from);
  for (const m of MIGRATIONS) {
    await db.tx(async (t) => {
      await dialect.migrationLock(t);
      // Another process may have applied it while we waited for the lock.
      const now = await currentVersion(t);
      refuseNewer(now);
      if (now >= m.version) return;
      await t.exec(m.sql(dialect));
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
