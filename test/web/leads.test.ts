// Lists read their stories' lead articles in one query (not one per story), and show only published leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openMemoryStore } from '../../src/store/open.ts';
import type { PortalStore } from '../../src/web/context.ts';
import { publishedStories } from '../../src/web/data.ts';
import { storyOf } from '../store/conformance.ts';
import { article } from '../store/fixtures.ts';

describe('withLeads', () => {
  it('reads every lead of a page in one call and keeps unpublished leads off the page', async () => {
    const store = await openMemoryStore();
    try {
      const leadOf = new Map<string, number>();
      for (const [i, status] of (['published', 'published', 'review'] as const).entries()) {
        const slug = `lead-${i}`;
        const s = await store.stories.add({ ...storyOf(slug), published: true });
        const { article: a } = await store.articles.add(article({ url: `https://news.example/${slug}` }));
        await store.articles.update(a.id, { storyId: s.id, status });
        await store.stories.update(s.id, { leadArticleId: a.id });
        leadOf.set(slug, a.id);
      }
      await store.stories.add({ ...storyOf('no-lead'), published: true });
      const calls = { get: 0, getMany: 0 };
      const counted = {
        ...store,
        stories: store.stories,
        articles: {
          get: (id: number) => {
            calls.get++;
            return store.articles.get(id);
          },
          ofStory: store.articles.ofStory.bind(store.articles),
          getMany: (q: Parameters<typeof store.articles.getMany>[0]) => {
            calls.getMany++;
            return store.articles.getMany(q);
          },
        },
      } as unknown as PortalStore;
      const { items } = await publishedStories(counted, {});
      assert.deepEqual(calls, { get: 0, getMany: 1 });
      const lead = new Map(items.map((v) => [v.story.slug, v.lead?.id ?? null]));
      assert.equal(lead.get('lead-0'), leadOf.get('lead-0'));
      assert.equal(lead.get('lead-1'), leadOf.get('lead-1'));
      assert.equal(lead.get('lead-2'), null, 'a lead still in review is not shown');
      assert.equal(lead.get('no-lead'), null);
      assert.ok(
        items.every((v) => v.lead === null || v.lead.text.length > 0),
        'leads keep their text (feeds quote it)',
      );
    } finally {
      await store.close();
    }
  });
});
