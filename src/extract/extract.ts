// HTML page → article: metadata, then Mozilla Readability on linkedom, then a plain-text fallback.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../model/article.ts';

/** Largest page accepted, in characters. */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;

/** Extracts the article from a page; returns null when no article is found. */
export function extractArticle(html: string, url = ''): ExtractedArticle | null {
  if (html.length > MAX_HTML_CHARS) throw new Error(`page larger than ${MAX_HTML_CHARS} characters`);
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const title = meta('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;
  const published = meta('meta[property="article:published_time"]');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = parsed?.textContent ? paragraphs(parsed.content ?? '') : '';
  if (!text.trim()) return null;
  void url;
  return {
    title: title ?? parsed?.title ?? null,
    text,
    byline: parsed?.byline ?? null,
    published,
    language,
    extractor: 'readability',
  };
}

function paragraphs(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')];
  const texts = blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length ? texts.join('\n\n') : (document.body?.textContent ?? '').trim();
}
