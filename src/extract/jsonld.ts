// JSON-LD: the page's schema.org Article object (NewsArticle, BlogPosting, ...), if any.
import { attr, type Element, textOf } from './dom.ts';

type Json = Record<string, unknown>;

/** Longest JSON-LD block parsed, in characters. */
const MAX_JSONLD_CHARS = 1_000_000;
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting/;

/** The first Article-like JSON-LD object among the page's elements, or null. */
export function findJsonLdArticle(els: Element[]): Json | null {
  for (const el of els) {
    if (el.name !== 'script' || !/ld\+json/i.test(attr(el, 'type'))) continue;
    const raw = textOf(el, true);
    if (raw.length > MAX_JSONLD_CHARS) continue;
    const hit = flatten(parse(raw)).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
    if (hit) return hit;
  }
  return null;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
  } catch {
    return null;
  }
}

function flatten(value: unknown, depth = 0): Json[] {
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => flatten(v, depth + 1));
  const obj = value as Json;
  return [obj, ...flatten(obj['@graph'], depth + 1), ...flatten(obj.mainEntity, depth + 1)];
}

function types(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
}

/** A string from a JSON-LD value: a string, {name|url|@id}, or the first of an array. */
export function ldString(v: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.length ? ldString(v[0], key) : null;
  if (v && typeof v === 'object') {
    const o = v as Json;
    return ldString(o[key] ?? o['@id'] ?? null, key);
  }
  return null;
}

/** Every author name in a JSON-LD author value. */
export function ldNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => ldString(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
}
