// Restoring a backup file into an empty store of either dialect, in one transaction: every row, the search index
// and the id sequences are written together, and only once the trailer's counts and checksum match; a cut,
// corrupted or edited file leaves the store as empty as it was, so the restore can simply be run again.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { inputError, LanternError } from '../lib/errors.ts';
import { readLines } from '../lib/lines.ts';
import { BACKUP_FORMAT, BACKUP_TABLES } from './backup.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { searchDoc } from './search/doc.ts';
import { fromRow } from './sql/columns.ts';
import type { Db, Row } from './sql/db.ts';
import type { Dialect } from './sql/dialect.ts';
import { ARTICLE } from './sql/tables.ts';

/** Longest line of a backup (an article of 2M characters, escaped, with its analysis). */
const MAX_BACKUP_LINE = 256 * 1024 * 1024;
const CHUNK = 1000;

/** What a trailer says. */
interface Trailer {
  rows: number;
  counts: Record<string, number>;
  sha256: string;
}

/** Reads and checks the whole file inside one transaction; any problem rolls every row back. */
export async function readBackup(db: Db, dialect: Dialect, file: string): Promise<{ rows: number }> {
  const info = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw inputError(`restore ${file}: cannot read (${err.code ?? err.message})`);
  });
  if (info.isDirectory()) throw inputError(`restore ${file}: is a folder, expected a backup file`);
  if (info.isFile() && info.size === 0) throw inputError(`restore ${file}: empty file, not a Lantern backup`);
  return db.tx(async (t) => {
    await refuseNonEmpty(t);
    const rows = await loadRows(t, file);
    await reindex(t, dialect);
    await dialect.afterRestore(t);
    return { rows };
  });
}

async function refuseNonEmpty(t: Db): Promise<void> {
  const known = await t.get<{ n: unknown }>(
    'SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM users) AS n',
  );
  if (Number(known?.n) > 0)
    throw inputError('restore: the target store is not empty (restore into a new data folder or database)');
}

async function loadRows(t: Db, file: string): Promise<number> {
  const gunzip = createGunzip();
  const feeding = pipeline(createReadStream(file), gunzip).catch(() => {});
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  let header = false;
  let trailer: Trailer | null = null;
  let batch: { t: string; r: Row }[] = [];
  let rows = 0;
  try {
    for await (const line of readLines(gunzip, MAX_BACKUP_LINE)) {
      if (!('text' in line)) throw inputError(`restore ${file}: a line of ${line.tooLong} bytes, not a backup line`);
      if (!line.text.trim()) continue;
      if (trailer) throw inputError(`restore ${file}: lines after the end marker`);
      const obj = parseLine(line.text, file);
      if (!header) header = checkHeader(obj, file);
      else if ((obj as { lantern?: unknown }).lantern === 'end') {
        trailer = obj as unknown as Trailer;
        continue;
      } else {
        const row = checkRow(obj, file);
        batch.push(row);
        counts[row.t] = (counts[row.t] ?? 0) + 1;
        rows++;
        if (batch.length >= CHUNK) await insertBatch(t, batch.splice(0));
      }
      hash.update(`${line.text}\n`);
    }
  } catch (err) {
    throw readError(err, file);
  } finally {
    await feeding;
  }
  if (!header) throw inputError(`restore ${file}: empty file`);
  checkTrailer(trailer, rows, counts, hash.digest('hex'), file);
  await insertBatch(t, batch);
  batch = [];
  return rows;
}

function parseLine(text: string, file: string): Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw inputError(`restore ${file}: not a Lantern backup (${(err as Error).message})`);
  }
}

function readError(err: unknown, file: string): unknown {
  if (err instanceof LanternError) return err;
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return inputError(`restore ${file}: not a Lantern backup, or a damaged or cut one (gzip: ${code})`);
  }
  if (code.startsWith('E')) return inputError(`restore ${file}: cannot read (${code})`);
  return err;
}

function checkHeader(obj: { lantern?: unknown; schema?: unknown; format?: unknown }, file: string): true {
  if (obj?.lantern !== 'backup') throw inputError(`restore ${file}: not a Lantern backup (no header line)`);
  if (obj.format !== BACKUP_FORMAT) {
    throw inputError(`restore ${file}: backup format ${obj.format ?? 1}, this Lantern reads format ${BACKUP_FORMAT}`);
  }
  if (obj.schema !== SCHEMA_VERSION) {
    throw inputError(`restore ${file}: backup has schema version ${obj.schema}, this Lantern writes ${SCHEMA_VERSION}`);
  }
  return true;
}

function checkTrailer(
  trailer: Trailer | null,
  rows: number,
  counts: Record<string, number>,
  sha256: string,
  file: string,
): void {
  if (!trailer) throw inputError(`restore ${file}: the file ends before its end marker (cut short?); nothing restored`);
  if (trailer.rows !== rows) {
    throw inputError(
      `restore ${file}: ${rows} rows read, the end marker says ${trailer.rows} (a damaged or cut backup); nothing restored`,
    );
  }
  for (const [table, n] of Object.entries(trailer.counts ?? {})) {
    if ((counts[table] ?? 0) !== n) {
      throw inputError(
        `restore ${file}: ${counts[table] ?? 0} ${table} rows, the end marker says ${n} (a damaged or cut backup); nothing restored`,
      );
    }
  }
  if (trailer.sha256 !== sha256) throw inputError(`restore ${file}: checksum mismatch (edited or damaged)`);
}

// A row line: a known table and plain column names; anything else is a damaged file (bytes flipped inside the gzip
// stream can still decompress into valid JSON, before the stream's own check at its end).
function checkRow(obj: { t?: unknown; r?: unknown }, file: string): { t: string; r: Row } {
  const t = String(obj?.t);
  const damaged = (what: string) => inputError(`restore ${file}: a damaged or cut backup (${what}); nothing restored`);
  if (!BACKUP_TABLES.some(([name]) => name === t) || typeof obj.r !== 'object' || !obj.r)
    throw damaged(`bad line for table "${t.slice(0, 40)}"`);
  for (const k of Object.keys(obj.r)) if (!/^[a-z_]{1,40}$/.test(k)) throw damaged(`bad column "${k.slice(0, 40)}"`);
  return { t, r: obj.r as Row };
}

async function insertBatch(t: Db, batch: { t: string; r: Row }[]): Promise<void> {
  for (const { t: table, r } of batch) {
    const cols = Object.keys(r);
    const conflict = table === 'meta' ? ' ON CONFLICT (key) DO UPDATE SET value = excluded.value' : '';
    await t.run(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})${conflict}`,
      Object.values(r),
    );
  }
}

async function reindex(t: Db, dialect: Dialect): Promise<void> {
  let last = 0;
  for (;;) {
    const rows = await t.all('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?', [last, CHUNK]);
    if (!rows.length) return;
    await dialect.indexDocs(
      t,
      rows.map((r) => searchDoc(fromRow(ARTICLE, r))),
      true,
    );
    last = Number(rows[rows.length - 1]!.id);
  }
}
