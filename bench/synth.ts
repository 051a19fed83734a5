// Synthetic articles for benchmarks: Zipf-distributed vocabulary (real words first, then made-up ones),
// weighted countries and forms, dates over ten years. Deterministic for a given seed.
import { EXPLOITATION_FORMS, type ExploitationForm } from '../src/model/analysis.ts';
import type { NewArticle } from '../src/model/records.ts';
import { rng } from './rng.ts';

const COMMON = `the of and to in a that for on was with said by as at from is were police have it their they has been
an after who not be are this had two which one more other or but will people years also its women children men
workers victims trafficking case court arrested rescued government country authorities officers labour forced
report according told week year city district village border network suspects charged investigation family
girls boys young job jobs work employer promised abroad recruitment agency passport debt wages unpaid factory farm
fishing boat construction domestic worker housemaid brothel club online social media exploitation sexual
smuggling migrants shelter hotline prosecutor judge sentenced prison years trial evidence testimony survivor
support organisation ministry law act convention protocol minister province region state capital town market`
  .split(/\s+/)
  .filter(Boolean);

const COUNTRIES: [string, number][] = Object.entries({
  NG: 8,
  IN: 9,
  US: 10,
  GB: 6,
  PH: 6,
  TH: 5,
  KH: 4,
  MM: 3,
  VN: 4,
  CN: 5,
  MX: 5,
  BR: 4,
  NP: 3,
  BD: 4,
  PK: 3,
  KE: 3,
  UG: 2,
  GH: 2,
  ET: 2,
  ZA: 3,
  EG: 2,
  LY: 2,
  IT: 4,
  ES: 3,
  FR: 3,
  DE: 3,
  NL: 2,
  RO: 3,
  UA: 3,
  RU: 2,
  TR: 2,
  AE: 2,
  SA: 2,
  QA: 1,
  ID: 3,
  MY: 3,
  LA: 1,
  CO: 2,
  AR: 1,
  HT: 1,
});
const FORMS: [ExploitationForm, number][] = [
  ['sexual', 40],
  ['labour', 30],
  ['domestic_servitude', 8],
  ['forced_criminality', 8],
  ['forced_begging', 3],
  ['forced_marriage', 4],
  ['organ_removal', 1],
  ['illegal_adoption', 2],
  ['child_soldiers', 1],
  ['unspecified', 10],
];
const LANGUAGES: [string, number][] = [
  ['en', 70],
  ['fr', 8],
  ['es', 8],
  ['pt', 4],
  ['de', 3],
  ['it', 3],
  ['ru', 2],
  ['id', 2],
];

function pickWeighted<T>(r: () => number, list: [T, number][]): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of list) {
    x -= w;
    if (x < 0) return v;
  }
  return list[list.length - 1]![0];
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'sa',
  'vel',
  'dor',
  'ni',
  'qua',
  'ber',
  'sto',
  'lan',
  'fi',
  'gor',
  'pe',
  'zu',
  'ham',
  'tri',
  'wen',
];

/** The vocabulary, most frequent first: real words, then made-up words for the long tail. */
export function vocabulary(size = 40_000): string[] {
  const out = [...COMMON];
  const seen = new Set(out);
  const r = rng(7);
  while (out.length < size) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** A Zipf sampler over ranks 0..n-1 (exponent s), by binary search on the cumulative weights. */
export function zipf(n: number, s = 1.0): (r: () => number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  return (r) => {
    const x = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Generates article i of n (dates spread over ten years, denser recently, in date order). */
export function makeGenerator(seed = 1) {
  const vocab = vocabulary();
  const sample = zipf(vocab.length);
  const r = rng(seed);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  const words = (n: number) => {
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(vocab[sample(r)]!);
    return w;
  };
  return (i: number, n: number): NewArticle => {
    // sqrt spacing: more articles per day in recent years, as news monitoring grows.
    const t = start + Math.floor(span * Math.sqrt((i + r()) / n));
    const countries = [pickWeighted(r, COUNTRIES)];
    if (r() < 0.3) countries.push(pickWeighted(r, COUNTRIES));
    const types = [pickWeighted(r, FORMS)];
    const language = pickWeighted(r, LANGUAGES);
    const body = words(150 + Math.floor(r() * 250));
    const title = words(6 + Math.floor(r() * 6)).join(' ');
    return {
      sourceId: null,
      url: `https://bench.example/${i}`,
      canonicalUrl: `https://bench.example/${i}`,
      title: title[0]!.toUpperCase() + title.slice(1),
      text: body.join(' '),
      byline: null,
      siteName: null,
      sourceCredit: null,
      image: null,
      language,
      publishedAt: new Date(t).toISOString(),
      contentHash: `h${i}`,
      simhash: null,
      status: r() < 0.6 ? 'published' : 'new',
      analysis: {
        id: String(i),
        language,
        relevant: true,
        relevance: 0.5 + r() / 2,
        incident: r() < 0.6,
        types: [...new Set(types)],
        countries: [...new Set(countries)],
        places: [],
        minors: r() < 0.25 ? true : r() < 0.8 ? false : null,
        victims: null,
        evidence: [],
        flags: [],
      },
    };
  };
}

/** Forms of exploitation, for filter queries. */
export const BENCH_FORMS = EXPLOITATION_FORMS;
