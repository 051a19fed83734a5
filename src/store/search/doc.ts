// What the search index holds for one article: a date-ordered key, the text, filter tags and facet values.
import { redactWith, withholdings } from '../../analyze/privacy/redact.ts';
import { foldMarks } from '../../lib/text/fold.ts';
import { EXPLOITATION_FORMS } from '../../model/analysis.ts';
import type { Article } from '../../model/records.ts';

const DAY_MS = 86_400_000;
/** Keys are day * 2^32 + article id, so key order is date order (by day, then id) and ids stay recoverable. */
export const KEY_SPAN = 2 ** 32;

/** Days since 1970-01-01 of an ISO date (0 for unparsable or earlier dates). */
export function dayOf(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) && t > 0 ? Math.floor(t / DAY_MS) : 0;
}

/** ISO month (YYYY-MM) of a day number. */
export function monthOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 7);
}

/** The search key of an article: its publication (or fetch) day, then its id. */
export function searchKey(a: Pick<Article, 'id' | 'publishedAt' | 'fetchedAt'>): number {
  return dayOf(a.publishedAt ?? a.fetchedAt) * KEY_SPAN + a.id;
}

/** The article id inside a search key. */
export function articleIdOfKey(key: number): number {
  return key % KEY_SPAN;
}

/** Text without diacritics (é → e), as FTS5's remove_diacritics does; used where the engine cannot. */
export function stripMarks(s: string): string {
  return foldMarks(s);
}

/** Index tokens for filters; each ends in a digit so no stemmer changes it. */
export const tag = {
  all: 'a1',
  country: (cc: string) => `c${cc.toLowerCase()}1`,
  type: (form: string) => `f${EXPLOITATION_FORMS.indexOf(form as never)}`,
  language: (code: string) => `l${code.toLowerCase()}1`,
  source: (id: number) => `s${id}`,
  story: (id: number) => `y${id}`,
  minors: (v: boolean) => (v ? 'm1' : 'm0'),
  incident: (v: boolean) => (v ? 'i1' : 'i0'),
  published: (v: boolean) => (v ? 'p1' : 'p0'),
};

/** One article as the search index sees it. */
export interface SearchDoc {
  key: number;
  day: number;
  title: string;
  body: string;
  tags: string[];
  language: string | null;
  sourceId: number | null;
  storyId: number | null;
  countries: string[];
  types: string[];
  minors: boolean | null;
  incident: boolean;
  published: boolean;
}

/** The search document of a stored article. */
export function searchDoc(a: Article): SearchDoc {
  const an = a.analysis;
  const language = (an?.language && an.language !== 'und' ? an.language : a.language) ?? null;
  const countries = (an?.countries ?? []).filter((c) => /^[A-Z]{2}$/.test(c));
  const types = (an?.types ?? []).filter((t) => EXPLOITATION_FORMS.includes(t));
  const minors = an ? an.minors : null;
  const incident = an?.incident ?? false;
  const published = a.status === 'published';
  const tags = [tag.all, tag.published(published), tag.incident(incident)];
  for (const c of countries) tags.push(tag.country(c));
  for (const t of types) tags.push(tag.type(t));
  if (language && /^[a-z]{2,3}$/i.test(language)) tags.push(tag.language(language));
  if (a.sourceId !== null) tags.push(tag.source(a.sourceId));
  if (a.storyId !== null) tags.push(tag.story(a.storyId));
  if (minors !== null) tags.push(tag.minors(minors));
  const key = searchKey(a);
  const day = Math.floor(key / KEY_SPAN);
  // A flagged identifying detail is never indexed: no one finds the article by a victim's name or address.
  const withheld = withholdings(an?.flags ?? []);
  return {
    key,
    day,
    title: redactWith(a.title, withheld),
    body: redactWith(a.text, withheld),
    tags,
    language,
    sourceId: a.sourceId,
    storyId: a.storyId,
    countries,
    types,
    minors,
    incident,
    published,
  };
}

/** Adds newly indexed documents to the per-day counts that total estimates use (one upsert per day). */
export async function countDays(
  db: { run(sql: string, params?: unknown[]): Promise<number> },
  docs: SearchDoc[],
): Promise<void> {
  const days = new Map<number, number>();
  for (const d of docs) days.set(d.day, (days.get(d.day) ?? 0) + 1);
  for (const [day, n] of days) {
    await db.run(
      'INSERT INTO search_days (day, n) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET n = search_days.n + excluded.n',
      [day, n],
    );
  }
}
