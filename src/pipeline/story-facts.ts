// A story's facts from all of its reports, each with where it comes from: the article, its outlet and the sentence
// that says it (cue marked). Reports that disagree are kept side by side and marked as differing, never merged
// into one value. Pure; the story page shows the result.

import { analysedText } from '../lib/analysed-text.ts';
import type { Evidence } from '../model/analysis.ts';
import type { Article } from '../model/records.ts';

/** Facts the story page states with their sources. */
export type FactField = 'victims' | 'minors' | 'types';

/** One report's backing for a value: the article and the sentence, with the cue's offsets inside it. */
export interface FactSource {
  article: Article;
  sentence: string;
  cueStart: number;
  cueEnd: number;
}

/** A value some reports give, with their sentences. */
export interface FactValue {
  value: string | number | boolean;
  sources: FactSource[];
}

/** One fact of the story: every value its reports give, and whether they differ. */
export interface StoryFact {
  field: FactField;
  values: FactValue[];
  /** Reports give values that cannot all be true (14 people and 1; children: yes and no). */
  conflict: boolean;
}

/** Longest sentence shown (characters): longer ones are cut around the cue. */
export const MAX_SENTENCE = 320;
const FIELDS: FactField[] = ['victims', 'minors', 'types'];

/** The facts of a story from its reports (copies add nothing their original does not say). */
export function storyFacts(articles: readonly Article[]): StoryFact[] {
  const reports = articles.filter((a) => a.duplicateOf === null || !articles.some((b) => b.id === a.duplicateOf));
  return FIELDS.map((field) => {
    const values = new Map<string, FactValue>();
    for (const a of reports) {
      for (const e of a.analysis?.evidence ?? []) {
        if (e.field !== field) continue;
        const key = String(e.value);
        const v = values.get(key) ?? { value: e.value, sources: [] };
        if (!v.sources.some((s) => s.article.id === a.id)) v.sources.push(sourceOf(a, e));
        values.set(key, v);
      }
    }
    const list = [...values.values()];
    return { field, values: list, conflict: field !== 'types' && list.length > 1 };
  }).filter((f) => f.values.length > 0);
}

/** The whole sentence around an evidence quote, with the quote's place in it. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { sentence: string; cueStart: number; cueEnd: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = e;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  while (from < s && /\s/.test(text[from]!)) from++;
  // A very long "sentence" (a list, a run-on) is cut to a window around the cue.
  if (to - from > MAX_SENTENCE) {
    from = Math.max(from, s - Math.floor((MAX_SENTENCE - (e - s)) / 2));
    to = Math.min(to, from + MAX_SENTENCE);
  }
  return { sentence: text.slice(from, to).trim(), cueStart: s - from, cueEnd: e - from };
}

function sourceOf(a: Article, e: Evidence): FactSource {
  const text = analysedText(a.title, a.text).text;
  // Offsets that do not fit the text (an edited article) fall back to the quote alone.
  if (text.slice(e.start, e.end) !== e.quote)
    return { article: a, sentence: e.quote, cueStart: 0, cueEnd: e.quote.length };
  return { article: a, ...sentenceAround(text, e.start, e.end) };
}
