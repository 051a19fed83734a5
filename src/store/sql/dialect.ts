// What differs between SQLite and PostgreSQL beyond plain SQL: locking, the text index and how it is queried.
import type { SearchDoc } from '../search/doc.ts';
import type { Clause } from '../search/query.ts';
import { type Db, num, type Row } from './db.ts';

/** A search reduced to what the index answers: text clauses, tag filters and a key (date) range. */
export interface IndexQuery {
  must: Clause[];
  not: Clause[];
  /** Every group must match at least one of its tags. */
  tagGroups: string[][];
  /** No tag here may match. */
  notTags: string[];
  keyMin: number;
  keyMax: number;
}

/** One matching document with the facet values kept beside the index. */
export interface SearchCandidate {
  key: number;
  language: string | null;
  sourceId: number | null;
  storyId: number | null;
  countries: string;
  types: string;
  minors: boolean | null;
  incident: boolean;
  /** PostgreSQL, when the query has words: whether the title alone matches them (ranks large samples). */
  titleHit?: boolean;
}

/** The dialect-specific part of the store. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** SQL for the database clock in milliseconds since the epoch (shared host slots use one clock for all workers). */
  readonly nowMs: string;
  /** Whether workers on several machines can share the database (then they share host politeness through it). */
  readonly sharedByMachines: boolean;
  /** Row-lock clause that lets concurrent claimers skip rows another holds ('' where one writer runs at a time). */
  readonly skipLocked: string;
  /** Column definition of a generated integer primary key. */
  readonly identityKey: string;
  /** Version 1 of the schema: every table, the text index and its filter columns. */
  readonly initialSchema: string;
  /** Serialises migrations across processes (inside the migration's transaction). */
  migrationLock(db: Db): Promise<void>;
  /** Takes the lock that serialises placing articles across processes, inside the caller's transaction. */
  placementLock(db: Db): Promise<void>;
  /** Inserts articles (ON CONFLICT canonical_url DO NOTHING); returns each one's id and whether it is new, in order. */
  insertArticles(db: Db, rows: Record<string, unknown>[]): Promise<{ id: number; created: boolean }[]>;
  /** Adds or replaces articles in the text index and facet table; `fresh` when they were never indexed (day counts). */
  indexDocs(db: Db, docs: SearchDoc[], fresh: boolean): Promise<void>;
  /** Removes documents from the text index and facet table (their articles are being deleted). */
  dropDocs(db: Db, keys: number[]): Promise<void>;
  /** Matching documents, newest key first, at most `limit`. */
  candidates(db: Db, q: IndexQuery, limit: number): Promise<SearchCandidate[]>;
  /** Relevance per key for the given candidates (higher is better); `capped` when they are a recent sample only. */
  relevance(db: Db, q: IndexQuery, sample: SearchCandidate[], capped: boolean): Promise<Map<number, number>>;
  /** Resets id generators after rows were restored with explicit ids. */
  afterRestore(db: Db): Promise<void>;
}

/** True when an error is a unique-constraint violation, in either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** One candidate from a search_docs row (both dialects keep the same facet columns). */
export function toSearchCandidate(r: Row): SearchCandidate {
  return {
    key: num(r.key),
    language: (r.language as string | null) ?? null,
    sourceId: r.source_id === null ? null : num(r.source_id),
    storyId: r.story_id === null ? null : num(r.story_id),
    countries: String(r.countries ?? ''),
    types: String(r.types ?? ''),
    minors: r.minors === null ? null : Boolean(r.minors),
    incident: Boolean(r.incident),
    ...(r.title_hit === undefined ? {} : { titleHit: Boolean(r.title_hit) }),
  };
}
