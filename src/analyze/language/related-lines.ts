// "Read also: <headline>" lines: another story's headline between the paragraphs, blanked before the text is read.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';
import { escapeRegExp } from '../../lib/text/regexp.ts';

interface RelatedFile {
  maxLine: number;
  markers: Record<string, string[]>;
}

/** Blanks a text's related-story lines (spaces, same length: offsets into the text still hold). */
export type RelatedMasker = (text: string) => string;

/** Loads the markers (data/lexicons/lines/related.json) and returns the masker. */
export function loadRelatedMasker(file = dataPath('lexicons', 'lines', 'related.json')): RelatedMasker {
  const data = JSON.parse(readFileSync(file, 'utf8')) as RelatedFile;
  const words = [...new Set(Object.values(data.markers).flat())]
    .map((w) => w.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  // A marker opening a line (after spaces or a bullet), then a separator; the rest of the line is the headline.
  const line = new RegExp(`[ \\t•*>-]*(?:${words.join('|')})[ \\t]*[:：|»>–—][^\\n]*`, 'iuy');
  const longest = Math.max(...words.map((w) => w.length)) + SEPARATOR_REACH;
  return (text) => {
    let out: string | null = null;
    // Line by line: the expression runs only on a line with a separator near its start (a few lines per text).
    for (let at = 0; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      if (end - at <= data.maxLine && SEPARATOR.test(text.slice(at, Math.min(end, at + longest)))) {
        line.lastIndex = at;
        const m = line.exec(text);
        if (m && m.index + m[0].length === end)
          out = (out ?? text).slice(0, at) + ' '.repeat(end - at) + (out ?? text).slice(end);
      }
      at = end + 1;
    }
    return out ?? text;
  };
}

/** The separators after a marker, and how far past the longest marker one may come (spaces, a bullet). */
const SEPARATOR = /[:：|»>–—]/;
const SEPARATOR_REACH = 8;
