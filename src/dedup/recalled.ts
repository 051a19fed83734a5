// Spans where a report recalls another, earlier event ("poucos dias após 207 trabalhadores serem resgatados pelas
// vinícolas Aurora e Salton", "in a separate case"): from the phrase (data/stories/recall-words.json) to the end of
// its sentence. Their names, numbers and places tell that other event, not the report's own. Pure after load.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import { isUnspaced } from '../lib/text/words.ts';
import { fold } from './incident-names.ts';

const PHRASES = readPhrases();

function readPhrases(): Map<string, RegExp> {
  const raw = JSON.parse(readFileSync(dataPath('stories', 'recall-words.json'), 'utf8')) as Record<string, unknown>;
  const out = new Map<string, RegExp>();
  for (const [lang, list] of Object.entries(raw)) {
    if (lang.startsWith('$')) continue;
    if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p === foldInPlace(p) && p.trim()))
      throw new Error(`recall-words.json: ${lang}: a list of folded lower-case phrases`);
    const alts = list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // (Scripts without spaces have no word boundaries: there a phrase counts wherever it stands.)
    const bounded = !list.some((p) => isUnspaced(p.charCodeAt(0)));
    const [before, after] = bounded ? ['(?<![\\p{L}\\d])', '(?![\\p{L}\\d])'] : ['', ''];
    out.set(lang, new RegExp(`${before}(?:${alts.join('|')})${after}`, 'gu'));
  }
  return out;
}

/** Lower case without accents, one character for one (offsets stay those of the text; a kana keeps its voicing mark). */
function foldInPlace(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => {
    const f = fold(c);
    return f.length === c.length ? f : c.toLowerCase();
  });
}

/** [start, end) spans of the text that recall another event, in the report's language and in English. */
export function recalledSpans(text: string, language: string): [number, number][] {
  const folded = foldInPlace(text).toLowerCase();
  const spans: [number, number][] = [];
  for (const lang of new Set([language, 'en'])) {
    const re = PHRASES.get(lang);
    if (!re) continue;
    for (const m of folded.matchAll(re)) {
      // (A Thai dot closes an abbreviation, "22 ก.ย.", not a sentence; Chinese and Japanese stops need no space.)
      const end = /(?<![\u0E00-\u0E7F])[.!?।؟](?=\s|$)|[。！？]|\n/g;
      end.lastIndex = m.index!;
      const stop = end.exec(folded);
      spans.push([m.index!, stop ? stop.index : folded.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text with its recalled spans blanked (same length, so offsets still hold). */
export function withoutRecalled(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [s, e] of spans) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/** Whether an offset falls in one of the spans. */
export function inSpans(at: number, spans: readonly [number, number][]): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}
