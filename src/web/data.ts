// Read helpers for the views: published stories with their lead articles, in few queries.
import type { Article, Story } from '../model/records.ts';
import type { StoryFilter } from '../store/store.ts';
import type { PortalStore } from './context.ts';
import type { StoryView } from './views/parts.ts';

/** Stories shown on one page of a list. */
export const PAGE_SIZE = 20;

/** Adds each story's lead article (for the credit line). */
export async function withLeads(store: PortalStore, stories: Story[]): Promise<StoryView[]> {
  return Promise.all(
    stories.map(async (story) => ({
      story,
      lead: story.leadArticleId === null ? null : publicArticle(await store.articles.get(story.leadArticleId)),
    })),
  );
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
