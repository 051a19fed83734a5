// Backups: a gzipped JSON Lines snapshot of every table, read in one consistent snapshot, restorable into
// either dialect (so a backup also moves a SQLite store to PostgreSQL and back). The search index is rebuilt.
import { createReadStream, createWriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { inputError } from '../lib/errors.ts';
import { currentVersion, SCHEMA_VERSION } from './migrations.ts';
import { searchDoc } from './search/doc.ts';
import { fromRow } from './sql/columns.ts';
import type { Db, Row } from './sql/db.ts';
import type { Dialect } from './sql/dialect.ts';
import { ARTICLE } from './sql/tables.ts';

/** Tables in a backup, in restore order, with the columns that order them for paging. */
const TABLES: [string, string[]][] = [
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
];
const CHUNK = 1000;

/** Writes every table of `db` (inside one snapshot) to a gzipped JSONL file, atomically (temp file, then rename). */
export async function writeBackup(db: Db, dialect: string, file: string): Promise<{ rows: number }> {
  const tmp = `${file}.partial`;
  await access(dirname(resolve(tmp))).catch(() => {
    throw inputError(`backup ${file}: the folder does not exist`);
  });
  const gz = createGzip();
  const done = pipeline(gz, createWriteStream(tmp));
  let rows = 0;
  try {
    await db.snapshot(async (s) => {
      const schema = await currentVersion(s);
      await write(gz, { lantern: 'backup', format: 1, schema, dialect, createdAt: new Date().toISOString() });
      for (const [table, order] of TABLES) {
        for await (const row of pages(s, table, order)) {
          await write(gz, { t: table, r: row });
          rows++;
        }
      }
    });
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

async function write(gz: NodeJS.WritableStream, obj: unknown): Promise<void> {
  if (!gz.write(`${JSON.stringify(obj)}\n`)) await new Promise((r) => gz.once('drain', r));
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

/** Loads a backup into an empty, migrated store, then rebuilds the search index. */
export async function readBackup(db: Db, dialect: Dialect, file: string): Promise<{ rows: number }> {
  const known = await db.get<{ n: unknown }>(
    'SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM users) AS n',
  );
  await access(file).catch((err) => {
    throw inputError(`restore ${file}: cannot read (${(err as NodeJS.ErrnoException).code})`);
  });
  if (Number(known?.n) > 0)
    throw inputError('restore: the target store is not empty (restore into a new data folder or database)');
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: { lantern?: string; schema?: number } | null = null;
  let batch: { t: string; r: Row }[] = [];
  let rows = 0;
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const obj = JSON.parse(line);
      if (!header) {
        header = checkHeader(obj, file);
        continue;
      }
      batch.push(checkRow(obj));
      if (batch.length >= CHUNK) rows += await insertBatch(db, batch.splice(0));
    }
  } catch (err) {
    if (err instanceof SyntaxError || (err as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
      throw inputError(`restore ${file}: not a Lantern backup (${(err as Error).message})`);
    }
    throw err;
  }
  if (!header) throw inputError(`restore ${file}: empty file`);
  rows += await insertBatch(db, batch);
  batch = [];
  await reindex(db, dialect);
  await db.tx((t) => dialect.afterRestore(t));
  return { rows };
}

function checkHeader(obj: { lantern?: string; schema?: number }, file: string) {
  if (obj?.lantern !== 'backup') throw inputError(`restore ${file}: not a Lantern backup (no header line)`);
  if (obj.schema !== SCHEMA_VERSION) {
    throw inputError(`restore ${file}: backup has schema version ${obj.schema}, this Lantern writes ${SCHEMA_VERSION}`);
  }
  return obj;
}

function checkRow(obj: { t?: unknown; r?: unknown }): { t: string; r: Row } {
  const t = String(obj?.t);
  if (!TABLES.some(([name]) => name === t) || typeof obj.r !== 'object' || !obj.r)
    throw inputError(`restore: bad line for table "${t}"`);
  for (const k of Object.keys(obj.r)) if (!/^[a-z_]{1,40}$/.test(k)) throw inputError(`restore: bad column "${k}"`);
  return { t, r: obj.r as Row };
}

async function insertBatch(db: Db, batch: { t: string; r: Row }[]): Promise<number> {
  await db.tx(async (tx) => {
    for (const { t, r } of batch) {
      const cols = Object.keys(r);
      const conflict = t === 'meta' ? ' ON CONFLICT (key) DO UPDATE SET value = excluded.value' : '';
      await tx.run(
        `INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${conflict}`,
        Object.values(r),
      );
    }
  });
  return batch.length;
}

async function reindex(db: Db, dialect: Dialect): Promise<void> {
  let last = 0;
  for (;;) {
    const rows = await db.all('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?', [last, CHUNK]);
    if (!rows.length) return;
    await db.tx((t) =>
      dialect.indexDocs(
        t,
        rows.map((r) => searchDoc(fromRow(ARTICLE, r))),
        true,
      ),
    );
    last = Number(rows[rows.length - 1]!.id);
  }
}
