// Alert matching cost: compiles A saved searches (words, phrases, prefixes, OR, exclusions, country/form/minors
// filters, drawn from the Zipf vocabulary of bench/synth.ts) and matches S synthetic stories (title + 150–400 words)
// against all of them, as `lantern alerts run` does. Prints ms per story per 1,000 alerts (target ≤ 1 ms), wall and
// CPU, and the share of (story, alert) pairs that matched.
// Usage: node --import tsx bench/alert-match.ts [--alerts 1000] [--stories 2000]
import { parseArgs } from 'node:util';
import { compileAlert, matchStory, type StoryFacts } from '../src/alerts/match.ts';
import type { Alert } from '../src/model/alerts.ts';
import { rng } from './rng.ts';
import { makeGenerator, vocabulary, zipf } from './synth.ts';

const { values } = parseArgs({ options: { alerts: { type: 'string' }, stories: { type: 'string' } } });
const A = Number(values.alerts ?? 1000);
const S = Number(values.stories ?? 2000);
const COUNTRIES = ['NG', 'IN', 'US', 'GB', 'PH', 'TH', 'KH', 'VN', 'MX', 'BR'];
const FORMS = ['labour', 'sexual', 'domestic_servitude', 'forced_begging', 'forced_marriage'];

/** A saved search of one of several shapes, as people write them. */
function query(r: () => number, word: () => string): { query: string; country?: string[]; type?: string[] } {
  const k = Math.floor(r() * 8);
  const c = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
  const f = FORMS[Math.floor(r() * FORMS.length)]!;
  if (k === 0) return { query: word() };
  if (k === 1) return { query: `${word()} ${word()}` };
  if (k === 2) return { query: `"${word()} ${word()}"` };
  if (k === 3) return { query: `${word()} OR ${word()} OR ${word()}` };
  if (k === 4) return { query: `${word().slice(0, 4)}* -${word()}`, country: [c] };
  if (k === 5) return { query: word(), country: [c], type: [f] };
  if (k === 6) return { query: '', country: [c] };
  return { query: `title:${word()} minors:true` };
}

function alerts(): Alert[] {
  const vocab = vocabulary();
  const r = rng(11);
  const z = zipf(vocab.length);
  // Words people follow: skip the 40 commonest ("the", "of") so most searches are selective.
  const word = () => vocab[40 + (z(r) % (vocab.length - 40))]!;
  return Array.from({ length: A }, (_, i) => {
    const q = query(r, word);
    return {
      id: i + 1,
      query: q.query,
      filters: { ...(q.country ? { country: q.country } : {}), ...(q.type ? { type: q.type } : {}) },
      owner: { kind: 'cli', id: null },
      email: 'a@example.org',
      webhookUrl: null,
      atom: true,
      cadence: 'immediate',
      token: 't',
      secret: 's',
      createdAt: '2026-01-01T00:00:00Z',
      lastEmailAt: null,
    } satisfies Alert;
  });
}

function stories(): StoryFacts[] {
  const gen = makeGenerator(3);
  return Array.from({ length: S }, (_, i) => {
    const a = gen(i, S);
    return {
      id: i + 1,
      title: a.title ?? '',
      text: a.text,
      countries: a.analysis!.countries,
      types: a.analysis!.types,
      languages: [a.language ?? 'en'],
      minors: a.analysis!.minors,
      incident: a.analysis!.incident,
      day: a.publishedAt!.slice(0, 10),
    };
  });
}

const t0 = performance.now();
const compiled = alerts().map(compileAlert);
const compileMs = performance.now() - t0;
const facts = stories();
let hits = 0;
for (const f of facts.slice(0, 50)) matchStory(compiled, f); // warm-up
const c0 = process.cpuUsage();
const t1 = performance.now();
for (const f of facts) hits += matchStory(compiled, f).length;
const wall = performance.now() - t1;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1000;
const per = (ms: number) => ((ms / S) * 1000) / A;
console.log(
  `alert matching: ${A} alerts (compiled in ${compileMs.toFixed(0)} ms), ${S} stories: ${per(wall).toFixed(3)} ms wall, ${per(cpu).toFixed(3)} ms CPU per story per 1,000 alerts; ${hits} matches (${((100 * hits) / (A * S)).toFixed(2)}% of pairs)`,
);
