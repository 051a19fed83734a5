#!/usr/bin/env node
// Builds the story benchmark sets (<split>.jsonl) from bench/stories/manifest.jsonl and raw/<id>.txt.
// raw/<id>.txt: first line the page's title (may be empty when the stored page shows none), then the opening
// paragraphs taken from the stored page. This script holds no third-party text; the raw files and the output do,
// so they stay outside the repository (../shared/data/stories/).
// Run from the project root: node bench/stories/build.mjs [--manifest F] [--raw DIR] [--out DIR]
//   defaults: bench/stories/manifest.jsonl, ../shared/data/stories/build/raw, ../shared/data/stories
// A raw file with an empty title line gets a title from the URL's slug when the slug reads as words
// (marked as such in the summary); otherwise the first sentence of the text.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    manifest: { type: 'string', default: 'bench/stories/manifest.jsonl' },
    raw: { type: 'string', default: '../shared/data/stories/build/raw' },
    out: { type: 'string', default: '../shared/data/stories' },
  },
});
const manifestFile = resolve(values.manifest);
const rawDir = resolve(values.raw);
const outDir = resolve(values.out);
if (!existsSync(manifestFile)) throw new Error(`build: no manifest at ${manifestFile} (run from the project root)`);

const FIELDS = ['id', 'incident', 'outlet', 'url', 'published', 'title', 'text', 'lang'];

/** Title words from a URL's slug, or null when the slug is an id or too short to read as a title. */
export function slugTitle(url) {
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segs = path
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    })
    .filter((s) => s && !/^(amp|news|noticia|noticias|nota|article|articoli)$/i.test(s));
  // The slug is the segment with the most plain words (dates, sections and ids have few or none).
  const wordCount = (s) => s.split(/[-_+\s.]+/).filter((t) => /^\p{L}{2,}$/u.test(t)).length;
  let slug = segs.sort((a, b) => wordCount(b) - wordCount(a) || b.length - a.length)[0] ?? '';
  slug = slug.replace(/\.(s?html?|php)$/i, '');
  let toks = slug.split(/[-_+\s]+/).filter(Boolean);
  const isNum = (t) => /^\d+$/.test(t);
  toks = toks.filter(
    (t) =>
      !/^\d{5,}$/.test(t) && // numeric ids and timestamps
      !/^\d+\.\d+$/.test(t) &&
      !(/\d/.test(t) && /\p{L}/u.test(t) && t.length >= 6) && // hash-like ids (n851855, clehpsc3u00…)
      !/^(nt|amp|epns|html|shtml)$/i.test(t),
  );
  let lead = 0;
  while (lead < toks.length && isNum(toks[lead])) lead++;
  if (lead >= 3) toks = toks.slice(lead); // a date written into the slug
  const words = toks.filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 3) return null;
  slug = toks.join(' ');
  return slug.charAt(0).toUpperCase() + slug.slice(1);
}

function firstSentence(text) {
  const one = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{20,160}?[.!?])(\s|$)/u.exec(one);
  return (m ? m[1] : one.slice(0, 120)).trim();
}

function readRaw(id) {
  const f = join(rawDir, `${id}.txt`);
  if (!existsSync(f)) return null;
  const lines = readFileSync(f, 'utf8').replace(/\r\n/g, '\n').split('\n');
  const title = (lines.shift() ?? '').trim();
  const text = lines
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return null;
  return { title, text };
}

const manifest = readFileSync(manifestFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const splits = new Map();
for (const m of manifest) {
  if (!splits.has(m.split)) splits.set(m.split, []);
  splits.get(m.split).push(m);
}

mkdirSync(outDir, { recursive: true });
for (const [split, rows] of splits) {
  const out = [];
  const missing = [];
  const titleFrom = { page: 0, slug: 0, sentence: 0 };
  const found = new Set();
  for (const m of rows) {
    const raw = readRaw(m.id);
    if (!raw) {
      missing.push(m.id);
      continue;
    }
    const slug = raw.title ? '' : slugTitle(m.url);
    const title = raw.title || slug || firstSentence(raw.text);
    titleFrom[raw.title ? 'page' : slug ? 'slug' : 'sentence']++;
    const rec = {};
    for (const k of FIELDS) rec[k] = k === 'title' ? title : k === 'text' ? raw.text : (m[k] ?? null);
    if (m.canonicalOf) rec.canonicalOf = m.canonicalOf;
    out.push(rec);
    found.add(m.id);
  }
  // canonicalOf must name a report in the same file; drop it when that report was not found.
  for (const r of out) if (r.canonicalOf && !found.has(r.canonicalOf)) delete r.canonicalOf;
  // A split with nothing found is not written (an empty file would let its gate pass with nothing measured).
  if (out.length) writeFileSync(join(outDir, `${split}.jsonl`), `${out.map((r) => JSON.stringify(r)).join('\n')}\n`);
  console.log(
    `${split}: ${out.length} of ${rows.length} found (titles: ${titleFrom.page} page, ${titleFrom.slug} slug, ${titleFrom.sentence} first sentence)`,
  );
  console.log(`${split}: not found: ${missing.length ? missing.join(' ') : '(none)'}`);
}
