// Pure desk decisions on story facts: what a merge and a split do, and how an editor's facts patch is checked.
import { redact } from '../analyze/privacy/redact.ts';
import { EXPLOITATION_FORMS, type ExploitationForm, type Flag } from '../model/analysis.ts';
import type { Article, Story } from '../model/records.ts';
import { combineStories, storySlug } from '../pipeline/stories.ts';
import { urgencyOf } from './rules.ts';
import type { FactsPatch } from './types.ts';

/** Story fields that follow from its reports. */
export type StoryFacts = Pick<
  Story,
  | 'title'
  | 'leadArticleId'
  | 'firstSeenAt'
  | 'lastSeenAt'
  | 'articleCount'
  | 'countries'
  | 'types'
  | 'relevance'
  | 'minors'
  | 'victims'
  | 'incident'
  | 'priority'
>;

/** When an article appeared: published (if not in the future of its fetch), else fetched. */
export function articleTime(a: Pick<Article, 'publishedAt' | 'fetchedAt'>): string {
  return a.publishedAt && a.publishedAt < a.fetchedAt ? a.publishedAt : a.fetchedAt;
}

/** Every flag of some articles (privacy and language), each once. */
export function flagsOf(articles: readonly Article[]): Flag[] {
  const seen = new Set<string>();
  const out: Flag[] = [];
  for (const a of articles)
    for (const f of a.analysis?.flags ?? []) {
      const key = `${f.kind}\u0000${f.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  return out;
}

/**
 * The facts of a story made of these articles (a split-off part, or what stays): the earliest report leads and
 * names it, countries and forms are the union, children agreed or unknown, the lead's count of victims.
 */
export function factsOfArticles(articles: readonly Article[]): StoryFacts {
  if (!articles.length) throw new Error('factsOfArticles: no articles');
  const sorted = [...articles].sort((a, b) => articleTime(a).localeCompare(articleTime(b)) || a.id - b.id);
  const reports = sorted.filter((a) => !a.duplicateOf || !sorted.some((b) => b.id === a.duplicateOf));
  const lead = reports[0] ?? sorted[0]!;
  const an = reports.map((a) => a.analysis).filter((x) => x !== null);
  const minors = an.reduce<boolean | null | undefined>(
    (acc, x) => (acc === undefined ? x.minors : agreed(acc, x.minors)),
    undefined,
  );
  const victims = lead.analysis?.victims ?? an.find((x) => x.victims !== null)?.victims ?? null;
  const facts = { minors: minors ?? null, victims };
  return {
    title: lead.title,
    leadArticleId: lead.id,
    firstSeenAt: articleTime(sorted[0]!),
    lastSeenAt: articleTime(sorted[sorted.length - 1]!),
    articleCount: articles.length,
    countries: [...new Set(an.flatMap((x) => x.countries))],
    types: [...new Set(an.flatMap((x) => x.types))],
    relevance: Math.max(0, ...an.map((x) => x.relevance)),
    ...facts,
    incident: an.some((x) => x.incident),
    priority: urgencyOf(facts, flagsOf(articles)),
  };
}

/** The new story a split makes of `moved`: waiting for review, its slug from the redacted title. */
export function splitStory(moved: readonly Article[]): Omit<Story, 'id'> {
  const facts = factsOfArticles(moved);
  return {
    ...facts,
    slug: storySlug(redact(facts.title, flagsOf(moved)), facts.firstSeenAt, facts.leadArticleId ?? 0),
    published: false,
    publishedAt: null,
    isSample: false,
    status: 'review',
    publicTitle: null,
    publicSummary: null,
    correction: null,
    correctedAt: null,
    mergedInto: null,
  };
}

/** The patch that makes `into` hold `from`'s reports too; `into` keeps its status and its editor's text. */
export function mergeFacts(into: Story, from: Story): Partial<Omit<Story, 'id'>> {
  const { published: _p, publishedAt: _a, ...facts } = combineStories(into, from);
  return { ...facts, priority: Math.max(into.priority, from.priority) };
}

/** Largest victim count an editor may enter. */
const MAX_VICTIMS = 1_000_000;

/** An editor's facts patch, checked: known forms, ISO country codes, a count, booleans. Throws a message to show. */
export function checkFacts(
  p: FactsPatch,
): Partial<Pick<Story, 'types' | 'countries' | 'minors' | 'victims' | 'incident'>> {
  if (!p || typeof p !== 'object') throw new Error('facts: expected fields to change');
  const out: Partial<Pick<Story, 'types' | 'countries' | 'minors' | 'victims' | 'incident'>> = {};
  if (p.types !== undefined) {
    if (!Array.isArray(p.types) || p.types.length > EXPLOITATION_FORMS.length)
      throw new Error('forms: expected a list');
    const bad = p.types.find((t) => !EXPLOITATION_FORMS.includes(t));
    if (bad !== undefined) throw new Error(`form "${String(bad).slice(0, 40)}": not one Lantern knows`);
    out.types = [...new Set(p.types)] as ExploitationForm[];
  }
  if (p.countries !== undefined) {
    if (!Array.isArray(p.countries) || p.countries.length > 60) throw new Error('countries: expected at most 60');
    const bad = p.countries.find((c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c));
    if (bad !== undefined) throw new Error(`country "${String(bad).slice(0, 40)}": expected a two-letter code`);
    out.countries = [...new Set(p.countries)];
  }
  if (p.minors !== undefined) {
    if (p.minors !== null && typeof p.minors !== 'boolean') throw new Error('children: expected yes, no or unknown');
    out.minors = p.minors;
  }
  if (p.victims !== undefined) {
    const v = p.victims;
    if (v !== null && !(Number.isInteger(v) && v >= 0 && v <= MAX_VICTIMS)) {
      throw new Error(`victims: expected a whole number from 0 to ${MAX_VICTIMS}, or unknown`);
    }
    out.victims = v;
  }
  if (p.incident !== undefined) {
    if (typeof p.incident !== 'boolean') throw new Error('incident: expected yes or no');
    out.incident = p.incident;
  }
  return out;
}

function agreed(a: boolean | null, b: boolean | null): boolean | null {
  if (a === null) return b;
  if (b === null) return a;
  return a === b ? a : null;
}
