// Extraction speed and quality: Lantern vs Readability.js on jsdom (the usual Node choice), same pages, one run.
// Usage: node --import tsx bench/extract.ts [--limit N] [--rounds N] [--warmup N]   (needs ../shared/data/extraction)
// Both tools first run on --warmup pages (default 5, not timed) so neither pays for JIT warm-up in the figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../src/extract/extract.ts';
import { ROOT } from '../src/lib/paths.ts';

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

const { values } = parseArgs({
  options: { limit: { type: 'string' }, rounds: { type: 'string' }, warmup: { type: 'string' } },
});
const dir = join(ROOT, '..', 'shared', 'data', 'extraction');
const pages = loadPages(dir, Number(values.limit ?? Number.POSITIVE_INFINITY));
if (!pages.length) {
  console.log(`no pages under ${dir}: nothing to measure`);
  process.exit(0);
}
const rounds = Number(values.rounds ?? 1);
const mb = pages.reduce((n, p) => n + p.html.length, 0) / 1e6;
console.log(
  `pages: ${pages.length} (${mb.toFixed(1)} M characters of HTML), rounds: ${rounds}, one core, Node ${process.version}`,
);

const lantern = measure('lantern', (p) => extractPage(p.html, p.url).article?.text ?? '');
const jsdom = measure('readability-jsdom', (p) => readabilityOnJsdom(p.html, p.url));
console.log(`speed ratio lantern / readability-jsdom: ${(lantern.pagesPerSecond / jsdom.pagesPerSecond).toFixed(1)}x`);

function measure(name: string, run: (p: Page) => string) {
  for (const p of pages.slice(0, Number(values.warmup ?? 5))) run(p);
  const times: number[] = [];
  const texts: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      const t0 = performance.now();
      const text = run(p);
      times.push(performance.now() - t0);
      if (r === 0) texts.push(text);
    }
  }
  const total = times.reduce((a, b) => a + b, 0) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const f1 = meanF1(texts);
  const pagesPerSecond = times.length / total;
  console.log(
    `${name.padEnd(18)} ${pagesPerSecond.toFixed(1).padStart(7)} pages/s  p50 ${pct(0.5).toFixed(1)} ms  p99 ${pct(0.99).toFixed(1)} ms  F1 ${f1.toFixed(3)}`,
  );
  return { pagesPerSecond };
}

function readabilityOnJsdom(html: string, url: string): string {
  const dom = new JSDOM(html, { url: url || undefined, virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return parsed?.textContent ?? '';
}

/** Shingle F1 (4-grams of word tokens), precision and recall averaged over pages, as the shared harness does. */
function meanF1(texts: string[]): number {
  let p = 0;
  let r = 0;
  texts.forEach((text, i) => {
    const [tp, fp, fn] = shingleMatch(pages[i]!.truth, text);
    p += tp + fp ? tp / (tp + fp) : 1;
    r += tp + fn ? tp / (tp + fn) : 1;
  });
  p /= texts.length;
  r /= texts.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function shingleMatch(truth: string, pred: string): [number, number, number] {
  const t = shingles(truth);
  const q = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...q.keys()])) {
    const a = t.get(key) ?? 0;
    const b = q.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  return [tp, fp, fn];
}

function shingles(text: string): Map<string, number> {
  const toks = text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - 3); i++) {
    const key = toks.slice(i, i + 4).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function loadPages(from: string, limit: number): Page[] {
  let truth: Record<string, { articleBody?: string; url?: string }>;
  try {
    truth = JSON.parse(readFileSync(join(from, 'ground-truth.json'), 'utf8'));
  } catch {
    return [];
  }
  const have = new Set(readdirSync(join(from, 'html')));
  return Object.keys(truth)
    .sort()
    .filter((id) => have.has(`${id}.html.gz`))
    .slice(0, limit)
    .map((id) => ({
      id,
      url: truth[id]!.url ?? '',
      truth: truth[id]!.articleBody ?? '',
      html: gunzipSync(readFileSync(join(from, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}
