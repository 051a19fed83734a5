// The Readability stage of the cascade: Mozilla Readability on linkedom, its HTML rendered to paragraph text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { find, parsePage } from './dom.ts';
import { renderText } from './render.ts';

/** Readability's minimum article length, in characters. */
const CHAR_THRESHOLD = 200;

/** Runs Readability on the page; null when it finds nothing or fails (deep or broken markup). */
export function readabilityText(html: string): string | null {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD }).parse();
    if (!parsed?.content) return null;
    const doc = parsePage(parsed.content);
    const root = find(doc, (el) => el.name === 'div' || el.name === 'article' || el.name === 'body');
    const text = root ? renderText(root, new Set()) : '';
    return text || null;
  } catch {
    return null;
  }
}
