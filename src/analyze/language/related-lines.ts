// "Read also: <headline>" lines: another story's headline between the paragraphs, blanked before the text is read.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';

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
    .map(escape);
  // A marker opening a line (after spaces or a bullet), then a separator; the rest of the line is the headline.
  const line = new RegExp(`^[ \\t•*>-]*(?:${words.join('|')})[ \\t]*[:：|»>–—][^\\n]*`, 'gimu');
  return (text) => text.replace(line, (m) => (m.length <= data.maxLine ? ' '.repeat(m.length) : m));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
