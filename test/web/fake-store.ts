// An in-memory stand-in for the read side of the Store, enough for portal tests.

import type { Article, Story } from '../../src/model/records.ts';
import type { MonthlyCount, SearchResult, StoryHit } from '../../src/store/store.ts';
import type { PortalStore } from '../../src/web/context.ts';

/** A fake store over plain arrays. */
export function fakeStore(stories: Story[], articles: Article[]): PortalStore {
  const pub = () =>
    stories
      .filter((s) => s.published)
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id);
  return {
    stories: {
      async list(f) {
        let list = f.published ? pub() : [...stories];
        if (f.country) list = list.filter((s) => s.countries.includes(f.country!));
        if (f.type) list = list.filter((s) => s.types.includes(f.type as never));
        if (f.from) list = list.filter((s) => (s.publishedAt ?? '') >= f.from!);
        if (f.to) list = list.filter((s) => (s.publishedAt ?? '') <= `${f.to!}\uffff`);
        const start = Number(f.cursor ?? 0);
        const limit = f.limit ?? 20;
        const page = list.slice(start, start + limit);
        return { stories: page, nextCursor: start + limit < list.length ? String(start + limit) : null };
      },
      async bySlug(slug) {
        return stories.find((s) => s.slug === slug) ?? null;
      },
      async get(id) {
        return stories.find((s) => s.id === id) ?? null;
      },
      async getMany(ids) {
        return stories.filter((s) => ids.includes(s.id)).sort((a, b) => a.id - b.id);
      },
      async formCounts() {
        const counts = new Map<string, number>();
        for (const s of pub()) for (const t of s.types) counts.set(t, (counts.get(t) ?? 0) + 1);
        return [...counts].map(([type, count]) => ({ type, count }));
      },
      async perMonth(by, opts) {
        const counts = new Map<string, number>();
        for (const s of pub()) {
          if (opts?.country && !s.countries.includes(opts.country)) continue;
          if (opts?.type && !s.types.includes(opts.type as never)) continue;
          const keys: string[] = by === 'total' ? ['all'] : by === 'type' ? s.types : s.countries;
          for (const key of keys.length ? keys : ['']) {
            const k = `${(s.publishedAt ?? '').slice(0, 7)}|${key}`;
            counts.set(k, (counts.get(k) ?? 0) + 1);
          }
        }
        return [...counts].map(([k, count]): MonthlyCount => {
          const [month, key] = k.split('|') as [string, string];
          return { month, key, count };
        });
      },
      async countryCounts() {
        const counts = new Map<string, number>();
        for (const s of pub()) for (const c of s.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
        return [...counts].map(([country, count]) => ({ country, count }));
      },
    },
    articles: {
      async get(id) {
        return articles.find((a) => a.id === id) ?? null;
      },
      async ofStory(id) {
        return articles.filter((a) => a.storyId === id);
      },
      async getMany(q) {
        return articles.filter((a) => (q.ids ? q.ids.includes(a.id) : (q.storyIds ?? []).includes(a.storyId ?? -1)));
      },
    },
    sources: { list: async () => [] },
    search: {
      async run(q): Promise<SearchResult> {
        const words = q.q.toLowerCase().split(/\s+/).filter(Boolean);
        const ok = new Set(pub().map((s) => s.id));
        const seen = new Set<number | null>();
        const hits = articles
          .filter((a) => a.storyId !== null && ok.has(a.storyId))
          // By story: the first matching article stands for its story.
          .filter(
            (a) =>
              q.by !== 'story' ||
              (words.every((w) => `${a.title} ${a.text}`.toLowerCase().includes(w)) &&
                !seen.has(a.storyId) &&
                seen.add(a.storyId)),
          )
          .filter((a) => words.every((w) => `${a.title} ${a.text}`.toLowerCase().includes(w)))
          .filter((a) => !q.country?.length || q.country.some((c) => a.analysis?.countries.includes(c)))
          .filter((a) => !q.type?.length || q.type.some((t) => a.analysis?.types.includes(t as never)));
        const facet = (values: string[]) => {
          const m = new Map<string, number>();
          for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
          return [...m].map(([value, count]) => ({ value, count }));
        };
        return {
          hits: hits.slice(0, q.limit ?? 20).map((a) => ({
            articleId: a.id,
            storyId: a.storyId,
            title: a.title,
            snippet: words[0]
              ? a.text.slice(0, 200).replace(new RegExp(words[0], 'i'), (m) => `\ue000${m}\ue001`)
              : a.text.slice(0, 200),
            publishedAt: a.publishedAt,
            score: 1,
            story: q.by === 'story' ? storyHit(stories.find((s) => s.id === a.storyId)!, articles) : undefined,
          })),
          facets: {
            country: facet(hits.flatMap((a) => a.analysis?.countries ?? [])),
            type: facet(hits.flatMap((a) => a.analysis?.types ?? [])),
          },
          total: hits.length,
          totalIsEstimate: false,
          nextCursor: null,
        };
      },
    },
  };
}

function storyHit(s: Story, articles: Article[]): StoryHit {
  const lead = articles.find((a) => a.id === s.leadArticleId) ?? null;
  return {
    leadArticleId: s.leadArticleId,
    slug: s.slug,
    published: s.published,
    isSample: s.isSample,
    credit: lead?.sourceCredit ?? null,
    url: lead?.url ?? null,
    countries: s.countries,
    types: s.types,
    articleCount: s.articleCount,
    matches: 1,
  };
}
