// What the public may see of a story or article, as the API shows it: published reports only, every identifying
// detail a privacy flag found (in any of the story's reports) withheld. The one place the API redacts; the
// desk-public PortalStore wrapper may later do this for every public surface.

import type { z } from '@hono/zod-openapi';
import { privacyFlagsOf, redactWith, type Withhold, withholdings } from '../analyze/privacy/redact.ts';
import type { Place } from '../model/analysis.ts';
import type { Article, Story } from '../model/records.ts';
import { storyFacts } from '../pipeline/story-facts.ts';
import { MARK_CLOSE, MARK_OPEN } from '../store/search/snippet.ts';
import type { SearchHit } from '../store/store.ts';
import { countryCentre, countryName } from '../web/labels.ts';
import { creditOf } from '../web/views/parts.ts';
import { excerpt } from '../web/views/story.ts';
import type * as S from './schemas.ts';

/** A story as the API returns it. */
export type StoryOut = z.infer<typeof S.Story>;
/** An article as the API returns it. */
export type ArticleOut = z.infer<typeof S.Article>;

/** Most places listed per story. */
const MAX_PLACES = 24;

/** The withholdings for a story made of these articles (flags of all its reports, published or not). */
export function storyWithholdings(articles: readonly Article[]): Withhold[] {
  return withholdings(privacyFlagsOf(articles.map((a) => a.analysis)));
}

/** Whether the public may see this story at all. */
export function isPublicStory(s: Story | null): s is Story {
  return !!s && s.published && s.status === 'published';
}

/** A published story with its reports, redacted; `facts: false` leaves the facts out (exports). */
export function publicStory(story: Story, articles: readonly Article[], publicUrl: string, facts = true): StoryOut {
  const hide = storyWithholdings(articles);
  const r = (t: string) => redactWith(t, hide);
  const pub = articles.filter((a) => a.status === 'published');
  const lead = pub.find((a) => a.id === story.leadArticleId) ?? pub[0] ?? null;
  return {
    id: story.id,
    slug: story.slug,
    url: `${publicUrl}/stories/${story.slug}`,
    title: story.publicTitle ?? r(story.title),
    summary: story.publicSummary,
    sample: story.isSample,
    firstSeenAt: story.firstSeenAt,
    updatedAt: story.lastSeenAt,
    forms: story.types,
    countries: story.countries.map(countryOut),
    places: placesOf(lead).map((p) => ({ name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon })),
    minors: story.minors,
    victims: story.victims,
    incident: story.incident,
    reports: pub.length,
    credit: lead ? { outlet: creditOf(lead), url: lead.url } : null,
    facts: facts ? factsOf(pub, r) : [],
    correction: story.correction ? { note: story.correction, at: story.correctedAt } : null,
  };
}

function countryOut(code: string): StoryOut['countries'][number] {
  const centre = countryCentre(code);
  return { code, name: countryName(code), lat: centre?.[0] ?? null, lon: centre?.[1] ?? null };
}

function placesOf(a: Article | null): Place[] {
  const seen = new Set<string>();
  return (a?.analysis?.places ?? [])
    .filter((p) => p.kind !== 'country' && !seen.has(p.id) && seen.add(p.id))
    .slice(0, MAX_PLACES);
}

function factsOf(pub: readonly Article[], r: (t: string) => string): StoryOut['facts'] {
  return storyFacts(pub).map((f) => ({
    field: f.field,
    conflict: f.conflict,
    values: f.values.map((v) => ({
      value: v.value,
      sources: v.sources.map((s) => ({ outlet: creditOf(s.article), url: s.article.url, sentence: r(s.sentence) })),
    })),
  }));
}

/** A published article of a published story, redacted with its story's withholdings. */
export function publicArticle(a: Article, story: Story | null, hide: readonly Withhold[]): ArticleOut {
  const text = a.text.startsWith(a.title) ? a.text.slice(a.title.length) : a.text;
  return {
    id: a.id,
    story: story?.slug ?? null,
    title: redactWith(a.title, hide),
    url: a.url,
    outlet: creditOf(a),
    language: a.language,
    publishedAt: a.publishedAt,
    excerpt: redactWith(excerpt(text), hide),
  };
}

/** A search hit of a published story: title and snippet redacted, matches between « and ». */
export function publicHit(h: SearchHit, story: Story, hide: readonly Withhold[]): z.infer<typeof S.SearchHit> {
  const snippet = redactWith(h.snippet, hide).replaceAll(MARK_OPEN, '«').replaceAll(MARK_CLOSE, '»');
  return {
    articleId: h.articleId,
    story: story.slug,
    title: redactWith(h.title, hide),
    snippet,
    publishedAt: h.publishedAt,
  };
}
