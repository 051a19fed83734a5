// Read helpers for the views: published stories with their lead articles, in few queries.
import type { Article, Story } from '../model/records.ts';
import type { StoryFilter } from '../store/store.ts';
import type { PortalStore } from './context.ts';
import type { StoryView } from './views/parts.ts';

/** Stories shown on one page of a list. */
export const PAGE_SIZE = 20;

// Lead articles read per query (the store takes up to 1,000 ids at once).
const LEADS_READ = 500;

/** Adds each story's lead article (for the credit line), all read in one query. */
export async function withLeads(store: PortalStore, stories: Story[]): Promise<StoryView[]> {
  const ids = [...new Set(stories.flatMap((s) => (s.leadArticleId === null ? [] : [s.leadArticleId])))];
  const leads = new Map<number, Article>();
  for (let i = 0; i < ids.length; i += LEADS_READ)
    for (const a of await store.articles.getMany({ ids: ids.slice(i, i + LEADS_READ) })) leads.set(a.id, a);
  return stories.map((story) => ({
    story,
    lead: story.leadArticleId === null ? null : publicArticle(leads.get(story.leadArticleId) ?? null),
  }));
}

function publicArticle(a: Article | null): Article | null {
  return a?.status === 'published' ? a : null;
}

/** One page of published stories matching the filter, with lead articles. */
export async function publishedStories(
  store: PortalStore,
  filter: Omit<StoryFilter, 'published'>,
): Promise<{ items: StoryView[]; nextCursor: string | null }> {
  const { stories, nextCursor } = await store.stories.list({ limit: PAGE_SIZE, ...filter, published: true });
  return { items: await withLeads(store, stories), nextCursor };
}
