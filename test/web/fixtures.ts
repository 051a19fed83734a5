// Portal fixtures: the bundled samples run through the real analyzer, plus an unpublished and a hostile story.
import { loadAnalyzer } from '../../src/analyze/analyzer.ts';
import type { Article, Story } from '../../src/model/records.ts';
import { loadSamples } from '../../src/seed/samples.ts';
import { slugify, storyFrom } from '../../src/seed/seed.ts';
import { createPortal } from '../../src/web/app.ts';
import type { PortalDeps } from '../../src/web/context.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { fakeStore } from './fake-store.ts';

/** Stories and articles for portal tests. */
export async function portalData(): Promise<{ stories: Story[]; articles: Article[] }> {
  const analyzer = await loadAnalyzer();
  const stories: Story[] = [];
  const articles: Article[] = [];
  const add = (
    title: string,
    text: string,
    url: string,
    credit: string,
    publishedAt: string,
    sample: boolean,
  ): Article => {
    const analysis = analyzer.analyze({ id: url, title, text });
    const a: Article = {
      id: articles.length + 1,
      sourceId: null,
      url,
      canonicalUrl: url,
      title,
      text,
      byline: null,
      siteName: credit,
      sourceCredit: credit,
      image: null,
      language: 'en',
      publishedAt,
      fetchedAt: publishedAt,
      contentHash: String(articles.length),
      simhash: null,
      storyId: null,
      duplicateOf: null,
      status: 'published',
      analysis,
      isSample: sample,
    };
    articles.push(a);
    return a;
  };
  const story = (group: Article[], slug: string, published = true): Story => {
    const s: Story = {
      id: stories.length + 1,
      ...storyFrom(slug, group),
      published,
      status: published ? 'published' : 'review',
      isSample: group[0]!.isSample,
    };
    for (const a of group) a.storyId = s.id;
    stories.push(s);
    return s;
  };
  for (const s of loadSamples().stories) {
    const group = s.articles.map((a) => add(a.title, a.text, a.url, a.credit, a.publishedAt, true));
    story(group, `sample-${slugify(group[0]!.title)}`);
  }
  const hidden = add(
    'Unpublished draft about forced labour',
    'Forced labour draft text not yet reviewed.',
    'https://example.org/draft',
    'Draft Outlet',
    '2026-11-20T00:00:00Z',
    false,
  );
  story([hidden], 'unpublished-draft', false);
  const pending = add(
    'Review-only copy of the fishing story',
    'Forced labour at sea, an unreviewed copy.',
    'https://example.org/pending',
    'Pending Outlet',
    '2026-08-14T00:00:00Z',
    true,
  );
  pending.status = 'review';
  pending.storyId = stories.find((s) => s.articleCount === 2 && s.countries.includes('MZ'))?.id ?? null;
  const evil = add(
    '<script>alert(1)</script> Human trafficking case in Italy',
    'Human trafficking <img src=x onerror=alert(1)> in Rome, Italy: forced labour.',
    'javascript:alert(1)',
    '<b>Evil</b> Outlet',
    '2026-11-01T00:00:00Z',
    false,
  );
  story([evil], 'hostile-markup');
  return { stories, articles };
}

/** The portal app over the fixtures (cache off unless asked). */
export async function portalApp(extra: Partial<PortalDeps> = {}) {
  const { stories, articles } = await portalData();
  const deps: PortalDeps = {
    store: fakeStore(stories, articles),
    config: { publicUrl: 'http://lantern.test', allowRepublish: false },
    kb: loadKnowledgeBase(),
    hotlines: loadHotlines(),
    cacheMs: 0,
    ...extra,
  };
  return { app: createPortal(deps), stories, articles, deps };
}
