// Search, the same in both dialects: a bounded, date-ordered candidate sample, then ranking, facets and snippets.
import { redactWith, withholdings } from '../../analyze/privacy/redact.ts';
import { inputError } from '../../lib/errors.ts';
import type { Flag } from '../../model/analysis.ts';
import { decodeCursor, encodeCursor } from '../sql/cursor.ts';
import { endOf, startOf } from '../sql/dates.ts';
import { type Db, num } from '../sql/db.ts';
import type { Dialect, IndexQuery, SearchCandidate } from '../sql/dialect.ts';
import type { SearchHit, SearchQuery, SearchResult } from '../store.ts';
import { searchByStory } from './by-story.ts';
import { articleIdOfKey, dayOf, KEY_SPAN, tag } from './doc.ts';
import { countFacets } from './facets.ts';
import { checkCountry, checkLanguage, checkType, type ParsedQuery, parseQuery } from './query.ts';
import { needles, snippet } from './snippet.ts';
import { withVariants } from './variants.ts';

/**
 * Most candidates looked at per query. Past this, only the newest SAMPLE_CAP matches are ranked and counted,
 * the total is estimated from the match rate in that window, and the result says so (totalIsEstimate).
 */
export const SAMPLE_CAP = 2000;
const MAX_PAGE = 100;
/** Every facet counted when a query names none. */
export const ALL_FACETS = ['country', 'type', 'language', 'source', 'month', 'minors', 'incident', 'story'] as const;

/** Runs a search against a dialect's index. */
export async function runSearch(db: Db, dialect: Dialect, query: SearchQuery): Promise<SearchResult> {
  const typed = parseQuery(typeof query?.q === 'string' ? query.q : '');
  const parsed = query.variants === false ? typed : withVariants(typed);
  const iq = indexQuery(parsed, query);
  const limit = Number.isFinite(query.limit) ? Math.max(1, Math.min(MAX_PAGE, Math.floor(query.limit!))) : 20;
  checkChoice('sort', query.sort, ['relevance', 'date']);
  checkChoice('by', query.by, ['article', 'story']);
  const sort = query.sort ?? (parsed.must.length ? 'relevance' : 'date');
  if (iq.keyMin > iq.keyMax) return { hits: [], facets: {}, total: 0, totalIsEstimate: false, nextCursor: null };
  const sample = await dialect.candidates(db, iq, SAMPLE_CAP + 1);
  const capped = sample.length > SAMPLE_CAP;
  if (capped) sample.pop();
  const total = capped ? await estimateTotal(db, iq, sample) : sample.length;
  if (query.by === 'story') {
    return searchByStory({ db, dialect, iq, parsed, sample, capped, total, limit, sort, query });
  }
  const facets = countFacets(sample, query.facets ?? [...ALL_FACETS], capped ? total / sample.length : 1);
  const page =
    sort === 'date'
      ? await datePage(db, dialect, iq, sample, limit, query.cursor)
      : await relevancePage(db, dialect, iq, sample, capped, limit, query.cursor);
  const hits = await loadHits(db, page.keys, page.scores, parsed);
  return { hits, facets, total, totalIsEstimate: capped, nextCursor: page.next };
}

function indexQuery(p: ParsedQuery, q: SearchQuery): IndexQuery {
  const f = p.filters;
  const groups: string[][] = [];
  const group = (vals: (string | number)[] | undefined, make: (v: never) => string) => {
    if (vals?.length) groups.push([...new Set(vals.map((v) => make(v as never)))]);
  };
  group([...f.country, ...(q.country ?? []).map(checkCountry)], tag.country);
  group([...f.type, ...(q.type ?? []).map(checkType)], tag.type);
  group([...f.language, ...(q.language ?? []).map(checkLanguage)], tag.language);
  group([...f.source, ...(q.sourceId ?? []).map(checkInt)], tag.source);
  group([...f.story, ...(q.storyId !== undefined ? [checkInt(q.storyId)] : [])], tag.story);
  const minors = q.minors ?? f.minors;
  const incident = q.incident ?? f.incident;
  if (minors !== undefined) groups.push([tag.minors(minors)]);
  if (incident !== undefined) groups.push([tag.incident(incident)]);
  if (q.publishedOnly) groups.push([tag.published(true)]);
  const n = p.notFilters;
  const notTags = [
    ...(n.country ?? []).map(tag.country),
    ...(n.type ?? []).map(tag.type),
    ...(n.language ?? []).map(tag.language),
    ...(n.source ?? []).map(tag.source),
    ...(n.story ?? []).map(tag.story),
  ];
  const from = q.from ?? f.from;
  const to = q.to ?? f.to;
  const keyMin = from ? dayOf(startOf(from)) * KEY_SPAN : 0;
  const keyMax = to ? dayOf(endOf(to)) * KEY_SPAN - 1 : Number.MAX_SAFE_INTEGER;
  return { must: p.must, not: p.not, tagGroups: groups, notTags, keyMin, keyMax };
}

function checkChoice(name: string, v: unknown, allowed: string[]): void {
  if (v !== undefined && !allowed.includes(v as string)) {
    throw inputError(`search ${name}: "${String(v).slice(0, 40)}" is not one of ${allowed.join(', ')}`);
  }
}

function checkInt(v: unknown): number {
  if (!Number.isInteger(v) || (v as number) < 0) throw inputError(`search filter: "${String(v)}" is not an id`);
  return v as number;
}

// Matches per document in the sampled (newest) window, times the documents in the whole date range.
async function estimateTotal(db: Db, iq: IndexQuery, sample: SearchCandidate[]): Promise<number> {
  const lastDay = Math.floor(sample[sample.length - 1]!.key / KEY_SPAN);
  const hiDay = Math.floor(Math.min(iq.keyMax, Number.MAX_SAFE_INTEGER) / KEY_SPAN);
  const loDay = Math.floor(iq.keyMin / KEY_SPAN);
  const row = await db.get<{ w: unknown; a: unknown }>(
    'SELECT sum(CASE WHEN day >= ? THEN n ELSE 0 END) AS w, sum(n) AS a FROM search_days WHERE day >= ? AND day <= ?',
    [lastDay, loDay, hiDay],
  );
  const window = num(row?.w ?? 0);
  const all = num(row?.a ?? 0);
  if (!window) return sample.length + 1;
  return Math.max(sample.length + 1, Math.round((sample.length * all) / window));
}

interface Page {
  keys: number[];
  scores: Map<number, number>;
  next: string | null;
}

const isDateCursor = (v: unknown): v is { k: number } => typeof (v as { k?: unknown })?.k === 'number';
/** A relevance (or by-story) cursor: an offset into the ranked sample. */
export const isRankCursor = (v: unknown): v is { o: number } =>
  Number.isInteger((v as { o?: unknown })?.o) && (v as { o: number }).o >= 0 && (v as { o: number }).o <= SAMPLE_CAP;

async function datePage(
  db: Db,
  dialect: Dialect,
  iq: IndexQuery,
  sample: SearchCandidate[],
  limit: number,
  cursor?: string,
): Promise<Page> {
  let rows = sample.slice(0, limit + 1);
  if (cursor) {
    const { k } = decodeCursor(cursor, isDateCursor);
    rows = await dialect.candidates(db, { ...iq, keyMax: Math.min(iq.keyMax, k - 1) }, limit + 1);
  }
  const more = rows.length > limit;
  const keys = rows.slice(0, limit).map((r) => r.key);
  return { keys, scores: new Map(), next: more ? encodeCursor({ k: keys[keys.length - 1] }) : null };
}

async function relevancePage(
  db: Db,
  dialect: Dialect,
  iq: IndexQuery,
  sample: SearchCandidate[],
  capped: boolean,
  limit: number,
  cursor?: string,
): Promise<Page> {
  const offset = cursor ? decodeCursor(cursor, isRankCursor).o : 0;
  const { keys, scores } = await rankKeys(db, dialect, iq, sample, capped);
  const pageKeys = keys.slice(offset, offset + limit);
  const more = offset + limit < keys.length;
  return { keys: pageKeys, scores, next: more ? encodeCursor({ o: offset + limit }) : null };
}

/** The sample's keys, best first, with their scores. */
export async function rankKeys(
  db: Db,
  dialect: Dialect,
  iq: IndexQuery,
  sample: SearchCandidate[],
  capped: boolean,
): Promise<{ keys: number[]; scores: Map<number, number> }> {
  const keys = sample.map((c) => c.key);
  const base = iq.must.length ? await dialect.relevance(db, iq, sample, capped) : new Map<number, number>();
  const newest = Math.floor((keys[0] ?? 0) / KEY_SPAN);
  const scores = new Map<number, number>();
  // Relevance decays gently with age (half weight after about four months), so recent reports come first among equals.
  const ranked = keys.map((k) => {
    const s = (base.get(k) ?? 1) * (0.5 + 0.5 * Math.exp((Math.floor(k / KEY_SPAN) - newest) / 180));
    scores.set(k, s);
    return { k, s };
  });
  ranked.sort((a, b) => b.s - a.s || b.k - a.k);
  return { keys: ranked.map((r) => r.k), scores };
}

async function loadHits(
  db: Db,
  keys: number[],
  scores: Map<number, number>,
  parsed: ParsedQuery,
): Promise<SearchHit[]> {
  if (!keys.length) return [];
  const ids = keys.map(articleIdOfKey);
  const rows = await db.all<{
    id: unknown;
    story_id: unknown;
    title: string;
    text: string;
    published_at: string | null;
    analysis: unknown;
  }>(
    `SELECT id, story_id, title, text, published_at, analysis FROM articles WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  const byId = new Map(rows.map((r) => [num(r.id), r]));
  const found = needles(parsed.must);
  return keys.flatMap((k) => {
    const r = byId.get(articleIdOfKey(k));
    if (!r) return [];
    // Titles and snippets carry no flagged identifying detail (the index holds none either).
    const withheld = withholdings(flagsOf(r.analysis));
    return [
      {
        articleId: num(r.id),
        storyId: r.story_id === null ? null : num(r.story_id),
        title: redactWith(r.title, withheld),
        snippet: snippet(redactWith(r.text, withheld), found),
        publishedAt: r.published_at,
        score: Math.round((scores.get(k) ?? 0) * 1000) / 1000,
      },
    ];
  });
}

/** The flags of a stored analysis column (JSON text in SQLite, a value in PostgreSQL); none when unreadable. */
function flagsOf(raw: unknown): Flag[] {
  try {
    const an = typeof raw === 'string' ? JSON.parse(raw) : raw;
    return Array.isArray(an?.flags) ? an.flags : [];
  } catch {
    return [];
  }
}
