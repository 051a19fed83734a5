// Backups: a gzipped JSON Lines snapshot of every table, read in one consistent snapshot, restorable into
// either dialect (so a backup also moves a SQLite store to PostgreSQL and back). The search index is rebuilt.
// A header line opens the file and a trailer closes it (row counts per table, SHA-256 of every line before it):
// a cut, corrupted or edited file is refused as a whole by restore (./restore.ts).
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { inputError } from '../lib/errors.ts';
import { currentVersion } from './migrations.ts';
import type { Db, Row } from './sql/db.ts';

/** Backup file format written here (2: with a trailer). */
export const BACKUP_FORMAT = 2;

/** Tables in a backup, in restore order, with the columns that order them for paging. */
export const BACKUP_TABLES: [string, string[]][] = [
  ['meta', ['key']],
  ['sources', ['id']],
  ['stories', ['id']],
  ['story_countries', ['country', 'story_id']],
  ['story_types', ['type', 'story_id']],
  ['articles', ['id']],
  ['lsh_keys', ['key', 'article_id']],
  ['users', ['id']],
  ['sessions', ['id_hash']],
  ['audit_events', ['id']],
  ['saved_searches', ['id']],
  ['entry_failures', ['url']],
  ['tombstones', ['kind', 'value']],
  ['api_keys', ['id']],
  ['api_key_days', ['key_id', 'day']],
  ['alerts', ['id']],
  ['alert_seen', ['story_id']],
  ['alert_matches', ['alert_id', 'story_id']],
  ['alert_sends', ['alert_id', 'story_id', 'channel']],
];
const CHUNK = 1000;

/** Options for writing a backup. */
export interface BackupOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Files that must never be replaced, whatever `force` says (the live database and its journals). */
  protect?: string[];
}

/** Writes every table of `db` (inside one snapshot) to a gzipped JSONL file, atomically (temp file, then rename). */
export async function writeBackup(
  db: Db,
  dialect: string,
  file: string,
  opts: BackupOptions = {},
): Promise<{ rows: number }> {
  await checkTarget(file, opts);
  const tmp = `${file}.partial`;
  const gz = createGzip();
  const done = pipeline(gz, createWriteStream(tmp));
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  let rows = 0;
  try {
    await db.snapshot(async (s) => {
      const schema = await currentVersion(s);
      const header = { lantern: 'backup', format: BACKUP_FORMAT, schema, dialect, createdAt: new Date().toISOString() };
      await write(gz, hash, header);
      for (const [table, order] of BACKUP_TABLES) {
        counts[table] = 0;
        for await (const row of pages(s, table, order)) {
          await write(gz, hash, { t: table, r: row });
          counts[table]++;
          rows++;
        }
      }
    });
    await write(gz, null, { lantern: 'end', rows, counts, sha256: hash.digest('hex') });
    gz.end();
    await done;
    await rename(tmp, file);
    return { rows };
  } catch (err) {
    gz.destroy();
    await done.catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Refuses a target that is a folder, the live database, or an existing file without `force`. */
async function checkTarget(file: string, opts: BackupOptions): Promise<void> {
  const dir = await stat(dirname(resolve(file))).catch(() => null);
  if (!dir?.isDirectory()) throw inputError(`backup ${file}: the folder does not exist`);
  const target = await stat(file).catch(() => null);
  if (!target) return;
  if (target.isDirectory()) throw inputError(`backup ${file}: is a folder, expected a file name`);
  for (const p of opts.protect ?? []) {
    const live = await stat(p).catch(() => null);
    if (live && live.ino === target.ino && live.dev === target.dev) {
      throw inputError(`backup ${file}: is the live database (${p}); choose another file`);
    }
  }
  if (!opts.force) throw inputError(`backup ${file}: already exists (use --force to replace it)`);
}

async function write(gz: NodeJS.WritableStream, hash: Hash | null, obj: unknown): Promise<void> {
  const line = `${JSON.stringify(obj)}\n`;
  hash?.update(line);
  if (!gz.write(line)) await new Promise((r) => gz.once('drain', r));
}

async function* pages(db: Db, table: string, order: string[]): AsyncGenerator<Row> {
  let last: unknown[] | null = null;
  const by = order.join(', ');
  for (;;) {
    const after: string = last
      ? `WHERE ${order.length === 1 ? `${by} > ?` : `(${order[0]} > ? OR (${order[0]} = ? AND ${order[1]} > ?))`}`
      : '';
    const params: unknown[] = last ? (order.length === 1 ? last : [last[0], last[0], last[1]]) : [];
    const rows: Row[] = await db.all(`SELECT * FROM ${table} ${after} ORDER BY ${by} LIMIT ${CHUNK}`, params);
    for (const r of rows) if (!(table === 'meta' && r.key === 'schema_version')) yield r;
    if (rows.length < CHUNK) return;
    const tail: Row = rows[rows.length - 1]!;
    last = order.map((c) => tail[c]);
  }
}
