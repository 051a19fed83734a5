// The bundled samples are a demo, never mixed with a real monitor: removed for good on request or by the first source.

import type { ArticleStore } from '../store/roles/articles.ts';
import type { MetaStore } from '../store/roles/meta.ts';
import type { SourceStore } from '../store/roles/sources.ts';
import type { StoryStore } from '../store/roles/stories.ts';

/** Meta key set once the samples were removed: they are never seeded again into this store. */
export const SAMPLES_REMOVED_KEY = 'seed.samples.removed';

/** What removing the samples did. */
export interface DemoEnd {
  stories: number;
  articles: number;
}

/** Deletes the sample stories and articles and marks them removed (idempotent). */
export async function removeSampleData(store: {
  stories: Pick<StoryStore, 'removeSamples'>;
  meta: Pick<MetaStore, 'get' | 'set'>;
}): Promise<DemoEnd> {
  const r = await store.stories.removeSamples();
  if ((await store.meta.get(SAMPLES_REMOVED_KEY)) === null)
    await store.meta.set(SAMPLES_REMOVED_KEY, new Date().toISOString());
  return r;
}

/** Whether samples may be seeded: never after removal, never beside a source, never into a store with articles. */
export async function maySeed(
  store: {
    articles: Pick<ArticleStore, 'count'>;
    meta: Pick<MetaStore, 'get'>;
    sources: Pick<SourceStore, 'list'>;
  },
  seededBefore: boolean,
): Promise<boolean> {
  if ((await store.meta.get(SAMPLES_REMOVED_KEY)) !== null) return false;
  if ((await store.sources.list()).length > 0) return false;
  // A newer sample set replaces an older one; a store with real articles never gets samples.
  return seededBefore || (await store.articles.count()) === 0;
}
