// The one gate between the store and every public page: published stories and articles only, each redacted with
// the privacy flags of ALL its story's articles, the editor's public title and summary when set.
import { privacyFlagsOf, redactWith, type Withhold, withholdings } from '../analyze/privacy/redact.ts';
import type { Article, Story } from '../model/records.ts';
import type { SearchHit, SearchQuery, SearchResult, StoryFilter } from '../store/store.ts';
import type { PortalStore } from './context.ts';
import { publicArticleOf, publicStoryOf, queryNamesWithheld } from './public-redact.ts';

/** Where a story address leads the public. */
export type StoryPlace =
  | { kind: 'story'; story: Story }
  | { kind: 'moved'; slug: string }
  | { kind: 'gone' }
  | { kind: 'none' };

/** The portal's store: what the public may see, nothing else. */
export interface PublicStore extends PortalStore {
  /** A story address: the public story, the story it was merged into, removed, or unknown/not public. */
  storyAt(slug: string): Promise<StoryPlace>;
}

/** How many merges a redirect follows (a merged story merged again). */
const MAX_MERGE_HOPS = 5;

/** Wraps a store so every story, article and search hit it returns is public and redacted. */
export function publicStore(store: PortalStore): PublicStore {
  // Flags only: the articles are read without their text.
  const withheld = async (storyId: number): Promise<Withhold[]> =>
    (await withheldMany(store, [storyId])).get(storyId) ?? [];
  const visible = async (s: Story | null): Promise<Story | null> =>
    s?.status === 'published' ? publicStoryOf(s, await withheld(s.id)) : null;
  const many = (ids: number[]) => withheldMany(store, ids);
  const article = async (a: Article | null): Promise<Article | null> => {
    if (a?.status !== 'published' || a.storyId === null) return null;
    const s = await store.stories.get(a.storyId);
    return s?.status === 'published' ? publicArticleOf(a, await withheld(s.id)) : null;
  };
  return {
    stories: {
      async list(filter: StoryFilter) {
        const r = await store.stories.list({ ...filter, published: true, status: 'published' });
        // One read of the page's articles for every story's withholdings, not one per story.
        const shown = r.stories.filter((s) => s.status === 'published');
        const w = await many(shown.map((s) => s.id));
        return { stories: shown.map((s) => publicStoryOf(s, w.get(s.id) ?? [])), nextCursor: r.nextCursor };
      },
      bySlug: async (slug) => visible(await store.stories.bySlug(slug)),
      get: async (id) => visible(await store.stories.get(id)),
      async getMany(ids) {
        const shown = [...(await storiesById(store, ids)).values()].filter((s) => s.status === 'published');
        const w = await many(shown.map((s) => s.id));
        return shown.map((s) => publicStoryOf(s, w.get(s.id) ?? []));
      },
      formCounts: () => store.stories.formCounts(),
      perMonth: (by, opts) => store.stories.perMonth(by, opts),
      countryCounts: () => store.stories.countryCounts(),
    },
    articles: {
      get: async (id) => article(await store.articles.get(id)),
      async ofStory(storyId) {
        const s = await store.stories.get(storyId);
        if (s?.status !== 'published') return [];
        const all = await store.articles.ofStory(storyId);
        const w = withholdings(privacyFlagsOf(all.map((a) => a.analysis)));
        return all.filter((a) => a.status === 'published').map((a) => publicArticleOf(a, w));
      },
      async getMany(q) {
        const out: Article[] = [];
        const byStory = new Map<number, Article[]>();
        for (const a of await store.articles.getMany(q)) {
          if (a.status !== 'published' || a.storyId === null) continue;
          byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
        }
        const [w, stories] = await Promise.all([many([...byStory.keys()]), storiesById(store, [...byStory.keys()])]);
        for (const [storyId, list] of byStory) {
          if (stories.get(storyId)?.status !== 'published') continue;
          for (const a of list) out.push(publicArticleOf(a, w.get(storyId) ?? []));
        }
        return out;
      },
    },
    // Outlets (names, feed addresses, health) are public facts; the API shows only their public fields.
    sources: { list: (opts) => store.sources.list(opts) },
    search: { run: (q) => publicSearch(store, q, many) },
    storyAt: (slug) => storyAt(store, slug, visible),
  };
}

/** Stories by id, read in batches the store takes, keyed by id. */
async function storiesById(store: PortalStore, ids: number[]): Promise<Map<number, Story>> {
  const out = new Map<number, Story>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += STORY_BATCH)
    for (const s of await store.stories.getMany(unique.slice(i, i + STORY_BATCH))) out.set(s.id, s);
  return out;
}

/** Most story ids one article read takes (the store's getArticles limit). */
const STORY_BATCH = 1000;

/** The withholdings of many stories from one read of all their articles (any status, as storyArticles gives). */
async function withheldMany(store: PortalStore, ids: number[]): Promise<Map<number, Withhold[]>> {
  const byStory = new Map<number, Article[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += STORY_BATCH) {
    for (const a of await store.articles.getMany({ storyIds: ids.slice(i, i + STORY_BATCH), text: false }))
      if (a.storyId !== null) byStory.get(a.storyId)?.push(a);
  }
  const out = new Map<number, Withhold[]>();
  for (const [id, list] of byStory) {
    // storyArticles' order (published, then id), so the flags are read in the same order.
    list.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id);
    out.set(id, withholdings(privacyFlagsOf(list.map((a) => a.analysis))));
  }
  return out;
}

async function publicSearch(
  store: PortalStore,
  query: SearchQuery,
  many: (storyIds: number[]) => Promise<Map<number, Withhold[]>>,
): Promise<SearchResult> {
  const r = await store.search.run({ ...query, publishedOnly: true });
  const ids = [...new Set(r.hits.flatMap((h) => (h.storyId === null ? [] : [h.storyId])))];
  // The hits' stories and their withholdings in two reads, not two per hit.
  const [w, stories] = await Promise.all([many(ids), storiesById(store, ids)]);
  const hits = r.hits.map((h) => publicHit(h, stories, query.q, w));
  const kept = hits.filter((h): h is SearchHit => h !== null);
  const dropped = r.hits.length - kept.length;
  return { ...r, hits: kept, total: Math.max(kept.length, r.total - dropped) };
}

/** A hit the public may see, redacted; null when its story is not public or the query names a withheld detail. */
function publicHit(
  h: SearchHit,
  stories: Map<number, Story>,
  q: string,
  withheldBy: Map<number, Withhold[]>,
): SearchHit | null {
  if (h.storyId === null) return null;
  const s = stories.get(h.storyId);
  if (s?.status !== 'published') return null;
  const w = withheldBy.get(s.id) ?? [];
  if (queryNamesWithheld(q, w)) return null;
  // A hit standing for its story reads as the story does: the editor's title when one is set.
  const title = h.story && s.publicTitle ? s.publicTitle : h.title;
  return { ...h, title: redactWith(title, w), snippet: redactWith(h.snippet, w) };
}

async function storyAt(
  store: PortalStore,
  slug: string,
  visible: (s: Story | null) => Promise<Story | null>,
): Promise<StoryPlace> {
  let s = await store.stories.bySlug(slug);
  for (let hop = 0; s?.status === 'merged' && s.mergedInto !== null && hop < MAX_MERGE_HOPS; hop++) {
    const into = await store.stories.get(s.mergedInto);
    if (into?.status === 'published') return { kind: 'moved', slug: into.slug };
    s = into;
  }
  if (s?.status === 'removed') return { kind: 'gone' };
  const story = await visible(s);
  return story && story.slug === slug ? { kind: 'story', story } : { kind: 'none' };
}
