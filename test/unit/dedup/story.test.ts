import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameStory, storyFeatures, storyKeys } from '../../../src/dedup/story.ts';
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

describe('story features', () => {
  const a = storyFeatures(
    'Twelve women rescued from Lagos nightclub',
    'Police in Lagos rescued 12 women from a nightclub owned by Obinna Kalu. His recruiter, Grace Eze, was also arrested.',
    analysis(),
  );
  const sameIncident = storyFeatures(
    'Nightclub owner charged in Lagos',
    'A court charged Obinna Kalu, who owns a Lagos nightclub, after 12 women were freed. Grace Eze was charged too.',
    analysis(),
  );
  const otherIncident = storyFeatures(
    'Women rescued from Abuja hotel',
    'Police in Abuja rescued 9 women from a hotel owned by Musa Bello. His driver, Sani Umar, was also arrested.',
    analysis({ victims: 9 }),
  );

  it('joins reports of one incident and keeps others apart', () => {
    assert.equal(sameStory(a, sameIncident).same, true);
    assert.equal(sameStory(a, otherIncident).same, false);
    assert.equal(
      sameStory(a, storyFeatures('x', 'Obinna Kalu Grace Eze Lagos', analysis({ countries: ['GH'] }))).same,
      false,
      'country clash',
    );
  });

  it('gives reports of one incident shared LSH keys more often than not', () => {
    const k1 = new Set(storyKeys(a));
    assert.ok(storyKeys(sameIncident).some((k) => k1.has(k)));
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
    assert.equal(articleStatus(analysis({ relevance: 0.6 }), 0.6), 'published');
    assert.equal(articleStatus(analysis({ relevance: 0.59 }), 0.6), 'review');
    assert.equal(articleStatus(analysis({ relevant: false }), 0.6), 'rejected');
  });
});
