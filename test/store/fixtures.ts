// Made-up articles for store tests (fictional text, no real people).
import type { Analysis, ExploitationForm } from '../../src/model/analysis.ts';
import type { NewArticle } from '../../src/model/records.ts';

let n = 0;

/** An analysis with the given facets. */
export function analysis(p: Partial<Analysis> = {}): Analysis {
  return {
    id: 'x',
    language: 'en',
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['labour'] as ExploitationForm[],
    countries: ['NG'],
    places: [],
    minors: false,
    victims: null,
    evidence: [],
    flags: [],
    ...p,
  };
}

/** A new article; every call gets a fresh URL unless one is given. */
export function article(p: Partial<NewArticle> = {}): NewArticle {
  n++;
  return {
    sourceId: null,
    url: `https://news.example/a/${n}`,
    canonicalUrl: `https://news.example/a/${n}`,
    title: `Article ${n}`,
    text: 'Police in the capital rescued workers from a farm where they were held without pay.',
    byline: null,
    siteName: 'Example News',
    sourceCredit: 'Example News',
    image: null,
    language: 'en',
    publishedAt: '2024-03-01T10:00:00.000Z',
    contentHash: `hash-${n}`,
    simhash: null,
    analysis: null,
    ...p,
  };
}
