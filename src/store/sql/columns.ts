// Column maps: one list per table turns rows into records and patches into SET clauses, for both dialects.
import { inputError } from '../../lib/errors.ts';
import type { Row, Table } from './db.ts';

/** How a field is stored: text, numbers, booleans (nullable or not) or JSON text. */
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'nbool' | 'json';

/** Field name → storage kind for one table. */
export type Columns = Record<string, ColumnKind>;

/** The column map of one record type: every field of T, and nothing else, has a storage kind. */
export type ColumnsOf<T> = { readonly [K in keyof T]-?: ColumnKind };

/** snake_case column name of a camelCase field. */
export function snake(field: string): string {
  let name = SNAKE.get(field);
  if (name === undefined) {
    name = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    SNAKE.set(field, name);
  }
  return name;
}

// Column names are few and read for every field of every row: worth remembering (bounded by the tables' fields).
const SNAKE = new Map<string, string>();

// Each table's fields with their kinds and column names, worked out once (rows are read by the hundred thousand).
const PLANS = new WeakMap<Columns, [string, ColumnKind, string][]>();

/** A record from a row, converting every field by its kind. */
export function fromRow<T>(cols: Columns, row: Row): T {
  let plan = PLANS.get(cols);
  if (!plan) {
    plan = Object.entries(cols).map(([field, kind]) => [field, kind, snake(field)]);
    PLANS.set(cols, plan);
  }
  const out: Record<string, unknown> = {};
  for (const [field, kind, column] of plan) out[field] = decode(kind, row[column]);
  return out as T;
}

/** Records from a table of array rows (see Db.table), converting every field by its kind; a field the table
 * lacks is read as absent (null, or false for a boolean). */
export function fromTable<T>(cols: Columns, table: Table): T[] {
  const at = new Map(table.columns.map((c, i) => [c, i]));
  const plan = Object.entries(cols).map(([field, kind]) => [field, kind, at.get(snake(field)) ?? -1] as const);
  return table.rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [field, kind, i] of plan) out[field] = decode(kind, i < 0 ? undefined : row[i]);
    return out as T;
  });
}

function decode(kind: ColumnKind, v: unknown): unknown {
  if (v === null || v === undefined) return kind === 'bool' ? false : null;
  switch (kind) {
    case 'int':
    case 'real':
      return Number(v);
    case 'bool':
    case 'nbool':
      return v === true || v === 1 || v === '1' || v === 't';
    case 'json':
      return typeof v === 'string' ? JSON.parse(v) : v;
    default:
      return String(v);
  }
}

/** The value stored for a field (JSON fields become text; undefined becomes null). */
export function encode(kind: ColumnKind, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (kind === 'json') return JSON.stringify(v);
  if (kind === 'bool' || kind === 'nbool') return Boolean(v);
  return v;
}

/** `col = ?, ...` and its parameters for the known fields of a patch; unknown fields are an input error. */
export function setClause(
  cols: Columns,
  patch: Record<string, unknown>,
  what: string,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const kind = cols[field];
    if (!kind || field === 'id') throw inputError(`${what}: cannot update field "${field}"`);
    parts.push(`${snake(field)} = ?`);
    params.push(encode(kind, value));
  }
  return { sql: parts.join(', '), params };
}

/** INSERT column list, placeholders and parameters for the given fields of a record. */
export function insertParts(
  cols: Columns,
  rec: Record<string, unknown>,
): { names: string; marks: string; params: unknown[] } {
  const fields = Object.keys(cols).filter((f) => rec[f] !== undefined && f !== 'id');
  return {
    names: fields.map(snake).join(', '),
    marks: fields.map(() => '?').join(', '),
    params: fields.map((f) => encode(cols[f]!, rec[f])),
  };
}

/** Every non-id column of a record, encoded, keyed by column name (for bulk inserts). */
export function encodeRow(cols: Columns, rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(cols)) if (field !== 'id') out[snake(field)] = encode(kind, rec[field]);
  return out;
}
