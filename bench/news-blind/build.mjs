#!/usr/bin/env node
// Rebuilds blind4, blind5, blind6, blind7, dev3, dev5, dev6, genre-dev and genre-blind (.jsonl, in ../) by joining the bench manifests
// with raw page excerpts in ./raw/<id>.txt (first line: the page title as stored; rest: the article text).
// Plain Node, no dependencies. Usage: node build.mjs [--main /work/main] [--raw dir] [--out dir]
// The text is cut to the set's maximum at a paragraph boundary, else a sentence boundary, else a space.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
// Works both from /work/shared/data/news/build and from /work/main/bench/news-blind.
const mainDir = resolve(
  arg('--main', existsSync(join(here, '../news-genre/manifest.jsonl')) ? join(here, '../..') : '/work/main'),
);
const rawDir = resolve(
  arg('--raw', existsSync(join(here, 'raw')) ? join(here, 'raw') : '/work/shared/data/news/build/raw'),
);
const outDir = resolve(arg('--out', existsSync(join(here, 'raw')) ? join(here, '..') : '/work/shared/data/news'));

const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

function cut(text, max) {
  text = text
    .replace(/\r/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const minKeep = Math.floor(max * 0.4);
  const para = head.lastIndexOf('\n');
  if (para >= minKeep) return head.slice(0, para).trim();
  let best = -1;
  for (const m of head.matchAll(/[.!?]["'”’)]?(?=\s)/g)) if (m.index + m[0].length <= max) best = m.index + m[0].length;
  if (best >= minKeep) return head.slice(0, best).trim();
  return head.slice(0, head.lastIndexOf(' ')).trim();
}

const sets = [
  {
    out: 'genre-dev.jsonl',
    manifest: 'bench/news-genre/manifest.jsonl',
    filter: (o) => o.split === 'dev',
    min: 400,
    max: 1000,
  },
  {
    out: 'genre-blind.jsonl',
    manifest: 'bench/news-genre/manifest.jsonl',
    filter: (o) => o.split === 'blind',
    min: 400,
    max: 1000,
  },
  { out: 'blind4.jsonl', manifest: 'bench/news-blind/manifest.jsonl', filter: () => true, min: 400, max: 1500 },
  { out: 'blind5.jsonl', manifest: 'bench/news-blind/blind5-manifest.jsonl', filter: () => true, min: 300, max: 1500 },
  { out: 'blind6.jsonl', manifest: 'bench/news-blind/blind6-manifest.jsonl', filter: () => true, min: 300, max: 1500 },
  { out: 'blind7.jsonl', manifest: 'bench/news-blind/blind7-manifest.jsonl', filter: () => true, min: 300, max: 1500 },
  { out: 'dev5.jsonl', manifest: 'bench/news-dev5/manifest.jsonl', filter: () => true, min: 300, max: 1600 },
  { out: 'dev6.jsonl', manifest: 'bench/news-dev6/manifest.jsonl', filter: () => true, min: 300, max: 1500 },
  { out: 'dev3.jsonl', manifest: 'bench/news-dev3/manifest.jsonl', filter: () => true, min: 300, max: 1500 },
];

for (const s of sets) {
  const items = readJsonl(join(mainDir, s.manifest)).filter(s.filter);
  const lines = [];
  const missing = [];
  const short = [];
  for (const o of items) {
    const p = join(rawDir, `${o.id}.txt`);
    if (!existsSync(p)) {
      missing.push(o.id);
      continue;
    }
    const raw = readFileSync(p, 'utf8');
    const nl = raw.indexOf('\n');
    const text = cut(nl < 0 ? '' : raw.slice(nl + 1), s.max);
    if (text.length < s.min) short.push(`${o.id}(${text.length})`);
    lines.push(JSON.stringify({ id: o.id, url: o.url, title: o.title, lang: o.lang, text, label: o.label }));
  }
  // A set with no text found is not written: an empty file would be read as a set of nothing by the gate.
  if (lines.length) writeFileSync(join(outDir, s.out), `${lines.join('\n')}\n`);
  else if (existsSync(join(outDir, s.out))) rmSync(join(outDir, s.out));
  console.log(
    `${s.out}: ${lines.length}/${items.length} found` +
      (missing.length ? `; not found: ${missing.join(' ')}` : '') +
      (short.length ? `; under ${s.min} chars: ${short.join(' ')}` : ''),
  );
}
