// Analyzer speed on one core: composes its own ~3 KB articles (no shared data), reports articles/s, p50/p99 and memory.
// Usage: node --import tsx bench/analyze.ts [--articles 3000] [--size 3000]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadAnalyzer } from '../src/analyze/analyzer.ts';

const { values } = parseArgs({ options: { articles: { type: 'string' }, size: { type: 'string' } } });
const COUNT = Number(values.articles ?? 3000);
const SIZE = Number(values.size ?? 3000);

// Sentences written for this benchmark: trafficking cases, policy pieces and hard negatives, in several languages.
const SENTENCES: Record<string, string[]> = {
  en: [
    'Police rescued 14 women and three girls aged 15 and 16 from a brothel in the port city on Tuesday, officers said.',
    'Six suspects were arrested and charged with human trafficking and forced labour after a raid on a fishing boat.',
    'The victims had been lured with promises of jobs abroad and their passports were confiscated on arrival.',
    'Customs officers seized 40 kg of heroin and two rifles hidden in a truck near the border crossing.',
    'Traffic jams on the ring road left commuters stuck for hours as the bridge was closed for repairs.',
    'The annual report estimates that millions of people worldwide live in conditions of modern slavery.',
    'Campaigners called for the decriminalisation of sex work in a letter to the justice minister.',
    'A court sentenced the ringleader to 12 years in prison for trafficking children to work as beggars.',
    'The striker scored twice as the home side won the league match in front of a sell-out crowd.',
  ],
  es: [
    'La Policía Nacional liberó a 21 mujeres víctimas de trata con fines de explotación sexual en Madrid.',
    'Los agentes detuvieron a seis personas acusadas de trata de personas y explotación laboral.',
    'Incautan cuatro toneladas de cocaína en un semisumergible frente a la costa del Pacífico.',
  ],
  pt: [
    'A polícia resgatou 32 trabalhadores em condições análogas à escravidão numa fazenda de café.',
    'O relatório do observatório aponta um aumento das vítimas de tráfico de seres humanos.',
  ],
  fr: ['Les gendarmes ont libéré cinq femmes victimes de traite des êtres humains et de proxénétisme.'],
  it: ['La squadra mobile ha arrestato tre persone per tratta di esseri umani e sfruttamento della prostituzione.'],
  de: ['Die Polizei hat bei einer Razzia gegen Menschenhandel zwölf Frauen aus der Zwangsprostitution befreit.'],
  id: ['Polisi menggagalkan pengiriman 56 korban tindak pidana perdagangan orang di bandara.'],
  vi: ['Bộ đội biên phòng đã giải cứu 3 thiếu nữ bị lừa bán sang Trung Quốc làm vợ.'],
  ar: ['أعلنت الشرطة تحرير 12 امرأة من ضحايا الاتجار بالبشر والاستغلال الجنسي.'],
};

/** A small seeded generator, so every run reads the same articles. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function compose(rand: () => number): { title: string; text: string } {
  const langs = Object.keys(SENTENCES);
  const lang = rand() < 0.6 ? 'en' : langs[Math.floor(rand() * langs.length)]!;
  const pool = [...SENTENCES[lang]!, ...(lang === 'en' ? [] : SENTENCES['en']!.slice(0, 2))];
  const pick = () => pool[Math.floor(rand() * pool.length)]!;
  const parts: string[] = [];
  while (parts.join(' ').length < SIZE) parts.push(pick());
  return { title: pick().slice(0, 90), text: parts.join(rand() < 0.5 ? ' ' : '\n\n').slice(0, SIZE) };
}

const t0 = performance.now();
const analyzer = await loadAnalyzer();
const loadMs = performance.now() - t0;
global.gc?.();
const mem = process.memoryUsage();
const rand = prng(42);
const articles = Array.from({ length: COUNT }, () => compose(rand));
for (let i = 0; i < Math.min(300, COUNT); i++) analyzer.analyze({ id: `w${i}`, ...articles[i]! });

const times = new Float64Array(COUNT);
const cpu0 = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < COUNT; i++) {
  const a = performance.now();
  analyzer.analyze({ id: String(i), ...articles[i]! });
  times[i] = performance.now() - a;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
// CPU time leaves out time spent waiting for a core, so it stays meaningful on a shared machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
times.sort();
const q = (p: number) => times[Math.min(COUNT - 1, Math.floor(p * COUNT))]!;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const avgBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / COUNT;
console.log(
  `articles: ${COUNT} of ~${Math.round(avgBytes)} bytes, full analysis (language, cues, relevance, forms, geo, facts, flags)`,
);
console.log(
  `load: ${loadMs.toFixed(0)} ms; memory after load: rss ${mb(mem.rss)} MB, heap used ${mb(mem.heapUsed)} MB`,
);
console.log(
  `analyze: ${(COUNT / seconds).toFixed(0)} articles/s wall, ${(COUNT / cpuSeconds).toFixed(0)} articles per CPU-second (one thread); ` +
    `per article p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${times[COUNT - 1]!.toFixed(3)} ms`,
);
