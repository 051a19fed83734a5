import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { incidentPrint } from '../../../src/dedup/incident.ts';
import { storyKeys } from '../../../src/dedup/story.ts';
import type { Analysis } from '../../../src/model/analysis.ts';
import { articleStatus } from '../../../src/pipeline/publish.ts';
import { joinStory, newStory, storySlug } from '../../../src/pipeline/stories.ts';

const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  id: 'x',
  language: 'en',
  relevant: true,
  relevance: 0.9,
  incident: true,
  types: ['sexual'],
  countries: ['NG'],
  places: [],
  minors: null,
  victims: 12,
  evidence: [],
  flags: [],
  ...over,
});

/** A report as the pipeline sees it: its print (analysis given by hand) at a date. */
function report(title: string, text: string, at: string, over: Partial<Analysis> = {}): StoryPrint {
  const a = analysis(over);
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

const lagos = (name: string, id: number) => ({
  name,
  id: `geonames:${id}`,
  kind: 'city' as const,
  country: 'NG',
  admin1: 'Lagos',
  lat: 6.45,
  lon: 3.39,
  start: 0,
  end: 0,
});

describe('story clustering: one incident per story', () => {
  const first = report(
    'Twelve women rescued from Lagos nightclub',
    'Police in Lagos rescued 12 women from a nightclub owned by Obinna Kalu. His recruiter, Grace Eze, was also arrested. Officers searched 3 houses.',
    '2026-03-02T09:00:00Z',
    { places: [lagos('Lagos', 1)] },
  );
  const charged = report(
    'Nightclub owner charged in Lagos',
    'A court charged Obinna Kalu, who owns a Lagos nightclub, after 12 women were freed. Grace Eze was charged too.',
    '2026-03-20T09:00:00Z',
    { places: [lagos('Lagos', 1)] },
  );
  const otherCase = report(
    'Girl rescued in Lagos',
    'Police in Lagos rescued a 15-year-old girl from a house where she was forced to work. A woman, Halima Sani, was arrested.',
    '2026-03-05T09:00:00Z',
    { places: [lagos('Lagos', 1)], victims: 1, minors: true, types: ['domestic_servitude'] },
  );

  it('joins a charge weeks later to the rescue it follows (shared names and count)', () => {
    const c = compareReports(charged, first);
    assert.equal(c.same, true, c.evidence.join('; '));
  });

  it('keeps a later, different case in the same city apart', () => {
    const c = compareReports(otherCase, first);
    assert.equal(c.same, false, c.evidence.join('; '));
  });

  it('vetoes reports set in other countries', () => {
    const ghana = report(
      'x',
      'Obinna Kalu and Grace Eze were arrested after 12 women were rescued.',
      '2026-03-02T10:00:00Z',
      {
        countries: ['GH'],
      },
    );
    assert.equal(compareReports(first, ghana).veto, 'other countries');
  });

  it('finds candidates by what identifies the case', () => {
    const k1 = new Set(storyKeys(first.incident));
    assert.ok(storyKeys(charged.incident).some((k) => k1.has(k)));
  });
});

describe('story records', () => {
  it('start from the first article and grow with each report', () => {
    const s = {
      id: 1,
      ...newStory({ id: 10, title: 'First', at: '2026-03-02T00:00:00.000Z', analysis: analysis(), published: false }),
    };
    assert.equal(s.slug, '2026-03-02-first-10');
    const patch = joinStory(
      s,
      {
        id: 11,
        title: 'Earlier',
        at: '2026-03-01T00:00:00.000Z',
        analysis: analysis({ countries: ['BJ'], victims: 14, minors: true }),
        published: true,
      },
      '2026-03-03T00:00:00.000Z',
    );
    assert.equal(patch.articleCount, 2);
    assert.equal(patch.firstSeenAt, '2026-03-01T00:00:00.000Z');
    assert.equal(patch.lastSeenAt, '2026-03-02T00:00:00.000Z');
    assert.deepEqual(patch.countries, ['NG', 'BJ']);
    assert.equal(patch.victims, 14);
    assert.equal(patch.minors, true);
    assert.equal(patch.leadArticleId, 11);
    assert.equal(patch.published, true);
    assert.equal(patch.publishedAt, '2026-03-03T00:00:00.000Z');
    assert.equal(storySlug('Ça va? Über 9 Frauen!', '2026-01-01T00:00:00Z', 3), '2026-01-01-ca-va-uber-9-frauen-3');
  });

  it('publishes relevant articles at or above the auto-publish score', () => {
    assert.equal(
      articleStatus(analysis({ relevance: 0.6 }), { autoPublish: true, autoPublishScore: 0.6 }),
      'published',
    );
    assert.equal(articleStatus(analysis({ relevance: 0.59 }), { autoPublish: true, autoPublishScore: 0.6 }), 'review');
    assert.equal(
      articleStatus(analysis({ relevant: false }), { autoPublish: true, autoPublishScore: 0.6 }),
      'rejected',
    );
  });
});
