// The bundled sample stories filed as if a real monitor had found them, so that pages that leave samples out
// (maps, trends, country and form pages) have something to show in browser tests and screenshots.
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { seedSamples } from '../../src/seed/seed.ts';
import type { Store } from '../../src/store/store.ts';

/** Seeds the sample stories into `store`, marked as real (not samples). */
export async function seedSamplesAsReal(store: Store): Promise<void> {
  const s = store;
  await seedSamples(
    {
      meta: s.meta,
      sources: s.sources,
      articles: { ...s.articles, add: (a) => s.articles.add({ ...a, isSample: false }) },
      stories: { ...s.stories, add: (x) => s.stories.add({ ...x, isSample: false }) },
    },
    loadAnalyzer,
  );
}
