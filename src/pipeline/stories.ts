// Story records from articles: a new story's fields, and how a joining article updates them. Pure.
import { transliterate } from 'transliteration';
import { redact } from '../analyze/privacy/redact.ts';
import { flaggedTier, urgencyOf } from '../desk/rules.ts';
import type { Analysis } from '../model/analysis.ts';
import type { Story } from '../model/records.ts';

/** The article facts a story aggregates. */
export interface StoryMember {
  id: number;
  title: string;
  /** When the article appeared (published, else fetched). */
  at: string;
  analysis: Analysis;
  published: boolean;
  /** It is the original its story's reports copy (its credit outranks an earlier-dated copy's). */
  leads?: boolean;
}

/** A new story led by one article; its slug (public in every URL) is made from the redacted title. */
export function newStory(m: StoryMember): Omit<Story, 'id'> {
  return {
    title: m.title,
    slug: storySlug(redact(m.title, m.analysis.flags ?? []), m.at, m.id),
    leadArticleId: m.id,
    firstSeenAt: m.at,
    lastSeenAt: m.at,
    articleCount: 1,
    countries: [...m.analysis.countries],
    types: [...m.analysis.types],
    relevance: m.analysis.relevance,
    minors: m.analysis.minors,
    victims: m.analysis.victims,
    incident: m.analysis.incident,
    published: m.published,
    publishedAt: m.published ? m.at : null,
    isSample: false,
    status: m.published ? 'published' : 'review',
    priority: urgencyOf(m.analysis, m.analysis.flags ?? []),
    publicTitle: null,
    publicSummary: null,
    correction: null,
    correctedAt: null,
    mergedInto: null,
  };
}

/**
 * The patch a joining article makes: counts, time span, union of countries and forms. Facts are never silently
 * overwritten: the lead's count stays (the story page lists every report's count with its sentence), and reports
 * that disagree on children leave it unknown on the record (the page shows the disagreement).
 */
export function joinStory(s: Story, m: StoryMember, publishedNow: string): Partial<Omit<Story, 'id'>> {
  const earlier = m.at < s.firstSeenAt || !!m.leads;
  // The safety gate: a clean article does not publish a story whose other reports carry a flag.
  const publishes = m.published && !flaggedTier(s.priority ?? 0);
  const priority = Math.max(s.priority ?? 0, urgencyOf(m.analysis, m.analysis.flags ?? []));
  return {
    priority,
    articleCount: s.articleCount + 1,
    firstSeenAt: earlierOf(m.at, s.firstSeenAt),
    lastSeenAt: later(m.at, s.lastSeenAt),
    countries: union(s.countries, m.analysis.countries),
    types: union(s.types, m.analysis.types),
    relevance: Math.max(s.relevance, m.analysis.relevance),
    minors: agreed(s.minors, m.analysis.minors),
    victims: earlier ? (m.analysis.victims ?? s.victims) : (s.victims ?? m.analysis.victims),
    incident: s.incident || m.analysis.incident,
    published: s.published || publishes,
    publishedAt: s.publishedAt ?? (publishes ? publishedNow : null),
    // The earliest report leads the story.
    ...(earlier ? { leadArticleId: m.id, title: m.title } : {}),
  };
}

/** The patch that makes `into` also hold the reports of `from` (two stories found to be one incident). */
export function combineStories(into: Story, from: Story): Partial<Omit<Story, 'id'>> {
  const earlier = from.firstSeenAt < into.firstSeenAt;
  const lead = earlier ? from : into;
  const other = earlier ? into : from;
  return {
    articleCount: into.articleCount + from.articleCount,
    firstSeenAt: lead.firstSeenAt,
    lastSeenAt: later(into.lastSeenAt, from.lastSeenAt),
    countries: union(into.countries, from.countries),
    types: union(into.types, from.types),
    relevance: Math.max(into.relevance, from.relevance),
    minors: agreed(into.minors, from.minors),
    victims: lead.victims ?? other.victims,
    incident: into.incident || from.incident,
    // The safety gate: a published report does not publish reports that carry a flag.
    published: into.published || (from.published && !flaggedTier(into.priority ?? 0)),
    publishedAt: earliestOrNull(into.publishedAt, from.publishedAt),
    priority: Math.max(into.priority ?? 0, from.priority ?? 0),
    leadArticleId: lead.leadArticleId,
    title: lead.title,
  };
}

/** Whether children are among the victims, as both sides say: the same answer, the one answer, or unknown. */
function agreed(a: boolean | null, b: boolean | null): boolean | null {
  if (a === null) return b;
  if (b === null) return a;
  return a === b ? a : null;
}

function earliestOrNull(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** A URL slug the store accepts ([a-z0-9-]): date, up to eight title words in Latin letters, the lead's id. */
export function storySlug(title: string, at: string, id: number): string {
  // Any script becomes ASCII (Москва → moskva, Straße → strasse, 人口 → ren-kou); what cannot is dropped.
  const words = transliterate(title.slice(0, 400))
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  const slug = (words ?? []).slice(0, 8).join('-').slice(0, 80).replace(/-+$/, '');
  const day = /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : 'undated';
  return `${day}-${slug || 'story'}-${id}`;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** The earlier of two ISO timestamps. */
function earlierOf(a: string, b: string): string {
  return a.localeCompare(b) < 0 ? a : b;
}

/** The later of two ISO timestamps. */
function later(a: string, b: string): string {
  return a.localeCompare(b) > 0 ? a : b;
}
