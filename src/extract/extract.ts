// HTML page → article. The cascade: metadata (JSON-LD, OpenGraph, meta) → site rules → block scoring →
// Readability on linkedom → JSON-LD articleBody → all paragraphs; then text clean-up. Pure: no I/O.
import { inputError } from '../lib/errors.ts';
import { stripControls } from '../lib/text.ts';
import type { ExtractedArticle } from '../model/article.ts';
import { extractBody } from './body.ts';
import { cleanupText } from './cleanup.ts';
import { dateInText } from './dates.ts';
import { bodyOf, type Document } from './dom.ts';
import { type PageMeta, readMetadata } from './metadata.ts';
import { readabilityText } from './readability.ts';
import { renderText } from './render.ts';
import { siteRuleBody } from './site-body.ts';
import { bundledSiteRules, ruleFor, type SiteRule } from './site-rules.ts';
import { inlineStreamedSegments } from './streamed.ts';
import { buildTree } from './tree.ts';

/** Largest page accepted, in characters: five times the largest real news page measured (1.1 MB), which keeps
 * parse time near a second and memory near 200 MB; a 20 MB page is refused with a clear error. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
/** A body shorter than this sends the cascade on to the next stage. */
const MIN_BODY_CHARS = 250;
/** Less text than this after clean-up is "no article found". */
const MIN_ARTICLE_CHARS = 100;
/** Share of control characters in the first bytes above which input is binary, not HTML. */
const BINARY_SHARE = 0.05;

/** Options for one extraction. */
export interface ExtractOptions {
  /** Site rules to apply (default: the bundled data/site-rules). */
  rules?: SiteRule[];
}

/** An article, or why there is none. */
export type ExtractOutcome = { article: ExtractedArticle; reason?: undefined } | { article: null; reason: string };

/** Extracts the article from a page; returns null when no article is found. */
export function extractArticle(html: string, url = '', options: ExtractOptions = {}): ExtractedArticle | null {
  return extractPage(html, url, options).article;
}

/** Extracts the article, or says why there is none; throws an input error for pages over the size cap. */
export function extractPage(html: string, url = '', options: ExtractOptions = {}): ExtractOutcome {
  if (html.length > MAX_HTML_CHARS)
    throw inputError(`page too large: ${html.length} characters, the limit is ${MAX_HTML_CHARS}`);
  if (!html.trim()) return { article: null, reason: 'no article found: empty page' };
  if (looksBinary(html)) return { article: null, reason: 'no article found: binary data, not HTML' };
  const { doc, stats } = buildTree(html);
  inlineStreamedSegments(bodyOf(doc));
  const meta = readMetadata(doc, url);
  const heavy = stats.flattened || stats.elements > READABILITY_MAX_ELEMENTS;
  const body = findBody(doc, heavy ? null : html, meta, ruleFor(url, options.rules ?? bundledSiteRules()));
  const cleaned = cleanupText(body.text, meta.title, meta.byline);
  if (cleaned.text.length < MIN_ARTICLE_CHARS) return { article: null, reason: noArticleReason(html, cleaned.text) };
  return { article: toArticle(meta, cleaned, body.extractor) };
}

/** Pages with more elements than this (or flattened nesting) skip the Readability stage: its DOM (linkedom on
 * htmlparser2's parser) is quadratic on deep markup and slow on huge pages. Real pages measured here: ≤ 3,200. */
const READABILITY_MAX_ELEMENTS = 10_000;

/** The best body the cascade finds; html is null when the Readability stage is to be skipped. */
function findBody(doc: Document, html: string | null, meta: PageMeta, rule: SiteRule | null) {
  let best = { text: '', extractor: 'none' };
  const consider = (text: string | null | undefined, extractor: string, enough = MIN_BODY_CHARS) => {
    if (text && text.length > best.text.length) best = { text, extractor };
    return best.text.length >= enough;
  };
  // A site rule that matches is trusted even for a short article.
  if (rule?.body && consider(siteRuleBody(doc, rule), 'site-rules', MIN_ARTICLE_CHARS)) return best;
  if (consider(extractBody(doc, rule?.drop ?? null)?.text, 'score')) return best;
  if (html !== null && consider(readabilityText(html), 'readability')) return best;
  if (consider(meta.articleBody, 'json-ld')) return best;
  consider(renderText(bodyOf(doc), new Set()), 'fallback');
  return best;
}

function toArticle(
  meta: PageMeta,
  cleaned: { text: string; sourceCredit: string | null },
  extractor: string,
): ExtractedArticle {
  // Character references decode to controls (&#27; is ESC): the article leaves here clean for every consumer.
  const text = stripControls(cleaned.text);
  return {
    title: clean(meta.title),
    text,
    byline: clean(meta.byline),
    published: meta.published ?? dateInText(text.slice(0, 300)),
    updated: meta.updated,
    language: clean(meta.language),
    canonicalUrl: clean(meta.canonicalUrl),
    siteName: clean(meta.siteName),
    image: clean(meta.image),
    sourceCredit: clean(cleaned.sourceCredit),
    extractor,
  };
}

function clean<T extends string | null | undefined>(s: T): T {
  return (typeof s === 'string' ? stripControls(s) : s) as T;
}

function looksBinary(html: string): boolean {
  const head = html.slice(0, 2000);
  const control = head.match(/[\x00-\x08\x0e-\x1a\ufffd]/g)?.length ?? 0;
  return control / head.length > BINARY_SHARE;
}

function noArticleReason(html: string, text: string): string {
  if (/paywall|subscriber-only|premium-content|"isAccessibleForFree"\s*:\s*"?false/i.test(html))
    return `no article found: paywalled (only ${text.length} characters visible)`;
  if (!/<p[\s>]/i.test(html) && /<script/i.test(html)) return 'no article found: the page is built by scripts';
  return `no article found: ${text.length ? `only ${text.length} characters of text` : 'no text'}`;
}
