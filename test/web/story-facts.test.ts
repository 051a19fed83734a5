// Story facts with provenance: every fact names the article and the whole sentence it comes from; reports that
// disagree are shown as differing, never overwritten (the "Children: yes, People: 14" beside "no — women").
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type Analyzer, loadAnalyzer } from '../../src/analyze/analyzer.ts';
import type { Article, Story } from '../../src/model/records.ts';
import { newStory } from '../../src/pipeline/stories.ts';
import { sentenceAround, storyFacts } from '../../src/pipeline/story-facts.ts';
import { localeFor } from '../../src/web/i18n/locale.ts';
import { storyView } from '../../src/web/views/story.ts';

let analyzer: Analyzer;
before(async () => {
  analyzer = await loadAnalyzer();
});

function article(id: number, credit: string, title: string, text: string, duplicateOf: number | null = null): Article {
  return {
    id,
    sourceId: null,
    url: `https://${credit.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
    canonicalUrl: `https://${credit.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
    title,
    text,
    byline: null,
    siteName: credit,
    sourceCredit: credit,
    image: null,
    language: 'en',
    publishedAt: `2025-11-2${id}T09:00:00.000Z`,
    fetchedAt: `2025-11-2${id}T09:00:00.000Z`,
    contentHash: String(id),
    simhash: null,
    storyId: 1,
    duplicateOf,
    status: 'published',
    analysis: analyzer.analyze({ id: String(id), title, text }),
    isSample: false,
  };
}

describe('story facts', () => {
  it('cut a whole sentence around a cue, marking it', () => {
    const text = 'First sentence here. Police rescued 14 women in Mombasa on Thursday. Last one.';
    const start = text.indexOf('14 women');
    const s = sentenceAround(text, start, start + 8);
    assert.equal(s.sentence, 'Police rescued 14 women in Mombasa on Thursday.');
    assert.equal(s.sentence.slice(s.cueStart, s.cueEnd), '14 women');
  });

  it('keep every report’s value with its source, mark disagreements, and skip copies', () => {
    const a = article(
      1,
      'Coast Courier',
      'Police rescue 14 women',
      'Police in Mombasa rescued 14 women who had been trafficked from Uganda and forced into sexual exploitation at a nightclub, officers said. The women, aged 19 to 27, were taken to a shelter.',
    );
    const b = article(
      2,
      'Bay Times',
      'Girl rescued',
      'Police in Mombasa rescued a 15-year-old girl who had been trafficked and forced to work as a maid in a house, officers said. A woman was arrested.',
    );
    const copy = article(3, 'Island Wire', a.title, a.text, 1);
    const facts = storyFacts([a, b, copy]);
    const minors = facts.find((f) => f.field === 'minors')!;
    assert.equal(minors.conflict, true, JSON.stringify(minors.values.map((v) => v.value)));
    for (const v of minors.values) for (const s of v.sources) assert.notEqual(s.article.id, 3, 'a copy adds no source');
    const victims = facts.find((f) => f.field === 'victims');
    assert.ok(victims?.values.some((v) => v.value === 14 && v.sources[0]!.sentence.includes('rescued 14 women')));
  });

  it('show on the story page as differing, with whole sentences and outlets, each label once', () => {
    const a = article(
      1,
      'Coast Courier',
      'Police rescue 14 women',
      'Police in Mombasa rescued 14 women who had been trafficked from Uganda and forced into sexual exploitation at a nightclub, officers said. The women, aged 19 to 27, were taken to a shelter.',
    );
    const b = article(
      2,
      'Bay Times',
      'Girl rescued',
      'Police in Mombasa rescued a 15-year-old girl who had been trafficked and forced to work as a maid in a house, officers said. A woman was arrested.',
    );
    const story: Story = {
      id: 1,
      ...newStory({ id: 1, title: a.title, at: a.publishedAt!, analysis: a.analysis!, published: true }),
    };
    const html = String(
      storyView(localeFor('en'), { story, lead: a, articles: [a, b], allowRepublish: false, mapSvg: '' }),
    );
    assert.match(html, /Reports differ/);
    assert.match(html, /<mark>[^<]*<\/mark>/);
    assert.match(html, /Coast Courier/);
    assert.match(html, /Bay Times/);
    const labels = [...html.matchAll(/<li><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    assert.equal(new Set(labels).size, labels.length, `a label is listed twice: ${labels.join(' | ')}`);
  });
});
