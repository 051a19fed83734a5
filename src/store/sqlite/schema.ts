// SQLite bodies of the migrations (see ../migrations.ts for the ordered list).

/** Version 1: every table, the FTS5 index and its filter side table. */
export const SQLITE_V1 = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'auto',
  name TEXT, credit_name TEXT, language TEXT, country TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  etag TEXT, last_modified TEXT, last_fetched_at TEXT,
  next_fetch_at TEXT NOT NULL,
  error_count INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, last_error_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX sources_due ON sources (next_fetch_at) WHERE enabled;

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  lead_article_id INTEGER,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  countries TEXT NOT NULL DEFAULT '[]',
  types TEXT NOT NULL DEFAULT '[]',
  relevance REAL NOT NULL DEFAULT 0,
  minors INTEGER, victims INTEGER,
  incident INTEGER NOT NULL DEFAULT 0,
  published INTEGER NOT NULL DEFAULT 0,
  published_at TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_last_seen ON stories (last_seen_at, id);
CREATE INDEX stories_first_seen ON stories (first_seen_at) WHERE published;
CREATE TABLE story_countries (story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE, country TEXT NOT NULL, PRIMARY KEY (country, story_id)) WITHOUT ROWID;
CREATE TABLE story_types (story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE, type TEXT NOT NULL, PRIMARY KEY (type, story_id)) WITHOUT ROWID;
CREATE INDEX story_countries_story ON story_countries (story_id);
CREATE INDEX story_types_story ON story_types (story_id);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
  url TEXT NOT NULL,
  canonical_url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  byline TEXT, site_name TEXT, source_credit TEXT, image TEXT, language TEXT,
  published_at TEXT,
  fetched_at TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  simhash TEXT,
  story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL,
  duplicate_of INTEGER,
  status TEXT NOT NULL DEFAULT 'new',
  analysis TEXT,
  is_sample INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_source ON articles (source_id);

CREATE TABLE lsh_keys (key TEXT NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  csrf_token TEXT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
);
CREATE TABLE saved_searches (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  filters TEXT NOT NULL DEFAULT '{}',
  alert INTEGER NOT NULL DEFAULT 0,
  last_alert_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id);

CREATE TABLE search_docs (
  key INTEGER PRIMARY KEY,
  published INTEGER NOT NULL,
  language TEXT,
  source_id INTEGER,
  story_id INTEGER,
  countries TEXT NOT NULL,
  types TEXT NOT NULL,
  minors INTEGER,
  incident INTEGER NOT NULL
);
CREATE TABLE search_days (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);
CREATE VIRTUAL TABLE search_fts USING fts5 (
  title, body, tags,
  content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
`;
