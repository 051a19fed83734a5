// Search by story: the sampled matches folded to one entry per story (articles without a story stay alone),
// facets counted per story, and each hit carrying its story's lead article's credit and date.
import { decodeCursor, encodeCursor } from '../sql/cursor.ts';
import { type Db, num } from '../sql/db.ts';
import type { Dialect, IndexQuery, SearchCandidate } from '../sql/dialect.ts';
import type { SearchHit, SearchQuery, SearchResult, StoryHit } from '../store.ts';
import { articleIdOfKey } from './doc.ts';
import { countFacets } from './facets.ts';
import type { ParsedQuery } from './query.ts';
import { ALL_FACETS, isRankCursor, rankKeys } from './search.ts';
import { needles, snippet } from './snippet.ts';

/** One story among the matches: its merged facet values, and its matching articles' keys (newest first). */
interface Group {
  merged: SearchCandidate;
  keys: number[];
}

/** What searchByStory needs from the article search that sampled the matches. */
export interface StoryRun {
  db: Db;
  dialect: Dialect;
  iq: IndexQuery;
  parsed: ParsedQuery;
  sample: SearchCandidate[];
  capped: boolean;
  total: number;
  limit: number;
  sort: 'relevance' | 'date';
  query: SearchQuery;
}

/** The sample folded by story, newest story first (a story's countries and forms are those of its matches). */
export function groupByStory(sample: SearchCandidate[]): Group[] {
  const groups = new Map<string, Group>();
  for (const c of sample) {
    const id = c.storyId === null ? `a${c.key}` : `s${c.storyId}`;
    const g = groups.get(id);
    if (!g) {
      groups.set(id, { merged: { ...c }, keys: [c.key] });
      continue;
    }
    g.keys.push(c.key);
    const m = g.merged;
    m.countries = union(m.countries, c.countries);
    m.types = union(m.types, c.types);
    m.minors = m.minors || c.minors;
    m.incident = m.incident || c.incident;
  }
  return [...groups.values()];
}

function union(a: string, b: string): string {
  if (!b || a === b) return a;
  return [...new Set([...a.split(','), ...b.split(',')].filter(Boolean))].join(',');
}

/** One hit per story, ranked by its best article (relevance) or its newest (date); offsets as cursors. */
export async function searchByStory(r: StoryRun): Promise<SearchResult> {
  const groups = groupByStory(r.sample);
  const scale = r.capped ? r.total / r.sample.length : 1;
  const total = Math.round(groups.length * scale);
  const facets = countFacets(
    groups.map((g) => g.merged),
    r.query.facets ?? [...ALL_FACETS],
    scale,
  );
  const { order, scores } = await rankGroups(r, groups);
  const offset = r.query.cursor ? decodeCursor(r.query.cursor, isRankCursor).o : 0;
  const page = order.slice(offset, offset + r.limit);
  const next = offset + r.limit < order.length ? encodeCursor({ o: offset + r.limit }) : null;
  const hits = await loadStoryHits(r.db, page, scores, r.parsed);
  return { hits, facets, total, totalIsEstimate: r.capped, nextCursor: next };
}

// Groups in result order, each led by its best matching article's key.
async function rankGroups(r: StoryRun, groups: Group[]): Promise<{ order: Group[]; scores: Map<number, number> }> {
  if (r.sort === 'date') return { order: groups, scores: new Map() };
  const { keys, scores } = await rankKeys(r.db, r.dialect, r.iq, r.sample, r.capped);
  const rank = new Map(keys.map((k, i) => [k, i]));
  for (const g of groups) g.keys.sort((a, b) => rank.get(a)! - rank.get(b)!);
  const order = [...groups].sort((a, b) => rank.get(a.keys[0]!)! - rank.get(b.keys[0]!)!);
  return { order, scores };
}

interface StoryRow {
  id: unknown;
  slug: string;
  title: string;
  published: unknown;
  is_sample: unknown;
  public_title: string | null;
  lead_article_id: unknown;
  countries: string;
  types: string;
  article_count: unknown;
  first_seen_at: string;
  lead_title: string | null;
  lead_url: string | null;
  lead_published_at: string | null;
  credit: string | null;
}

const STORY_SQL = `SELECT s.id, s.slug, s.title, s.published, s.is_sample, s.public_title, s.lead_article_id, s.countries, s.types, s.article_count,
  s.first_seen_at, a.title AS lead_title, a.url AS lead_url, a.published_at AS lead_published_at,
  coalesce(a.source_credit, a.site_name, src.credit_name, src.name) AS credit
  FROM stories s LEFT JOIN articles a ON a.id = s.lead_article_id LEFT JOIN sources src ON src.id = a.source_id
  WHERE s.id IN`;

async function loadStoryHits(
  db: Db,
  page: Group[],
  scores: Map<number, number>,
  parsed: ParsedQuery,
): Promise<SearchHit[]> {
  if (!page.length) return [];
  const ids = page.map((g) => articleIdOfKey(g.keys[0]!));
  const storyIds = [...new Set(page.map((g) => g.merged.storyId).filter((x): x is number => x !== null))];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const arts = await db.all<{ id: unknown; title: string; text: string; published_at: string | null }>(
    `SELECT id, title, text, published_at FROM articles WHERE id IN (${marks(ids.length)})`,
    ids,
  );
  const stories = storyIds.length ? await db.all<StoryRow>(`${STORY_SQL} (${marks(storyIds.length)})`, storyIds) : [];
  const artById = new Map(arts.map((a) => [num(a.id), a]));
  const storyById = new Map(stories.map((s) => [num(s.id), s]));
  const found = needles(parsed.must);
  return page.flatMap((g) => {
    const a = artById.get(articleIdOfKey(g.keys[0]!));
    if (!a) return [];
    const s = g.merged.storyId === null ? undefined : storyById.get(g.merged.storyId);
    const hit: SearchHit = {
      articleId: num(a.id),
      storyId: g.merged.storyId,
      title: s ? (s.public_title ?? s.lead_title ?? a.title) : a.title,
      snippet: snippet(a.text, found),
      publishedAt: s?.lead_title != null ? s.lead_published_at : a.published_at,
      score: Math.round((scores.get(g.keys[0]!) ?? 0) * 1000) / 1000,
    };
    if (s) hit.story = storyHit(s, g);
    return [hit];
  });
}

function storyHit(s: StoryRow, g: Group): StoryHit {
  const lead = s.lead_article_id === null ? null : num(s.lead_article_id);
  return {
    leadArticleId: lead,
    slug: s.slug,
    published: Boolean(s.published),
    isSample: Boolean(s.is_sample),
    credit: s.credit ?? hostOf(s.lead_url),
    url: s.lead_url,
    countries: parseList(s.countries),
    types: parseList(s.types),
    articleCount: num(s.article_count),
    matches: g.keys.length,
  };
}

function parseList(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
