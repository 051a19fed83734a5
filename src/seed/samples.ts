// Reads the bundled sample stories (data/samples/stories.json): fictional articles written by the Lantern team.
import { readFileSync } from 'node:fs';
import { inputError } from '../lib/errors.ts';
import { dataPath } from '../lib/paths.ts';

/** One fictional sample article. */
export interface SampleArticle {
  url: string;
  credit: string;
  publishedAt: string;
  title: string;
  text: string;
}

/** Articles about the same fictional event. */
export interface SampleStory {
  key: string;
  articles: SampleArticle[];
}

/** The sample set and its version (a new version is seeded again). */
export interface Samples {
  version: number;
  stories: SampleStory[];
}

interface RawArticle extends Partial<SampleArticle> {
  file?: string;
}

/** Loads the samples; an article may point at a text file (first line = title). */
export function loadSamples(file = dataPath('samples', 'stories.json')): Samples {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    version: number;
    stories: { key: string; articles: RawArticle[] }[];
  };
  return {
    version: data.version,
    stories: data.stories.map((s) => ({ key: s.key, articles: s.articles.map((a) => resolveArticle(a, s.key)) })),
  };
}

function resolveArticle(a: RawArticle, key: string): SampleArticle {
  let { title, text } = a;
  if (a.file) {
    const [first = '', ...rest] = readFileSync(dataPath('samples', a.file), 'utf8').split('\n');
    title = first.trim();
    text = rest.join('\n').trim();
  }
  if (!a.url || !a.credit || !a.publishedAt || !title || !text)
    throw inputError(`sample story ${key}: an article lacks url, credit, publishedAt, title or text`);
  return { url: a.url, credit: a.credit, publishedAt: a.publishedAt, title, text };
}
