// k-fold cross-validation of the learned decisions on the shared labelled news (dev + dev2), never scoring an article
// with a model that saw it. Prints the harness's figures for the rules alone and for rules + learned models, per set.
// Usage: node --import tsx scripts/cross-validate.ts [--folds 5] [--out /tmp/lantern-cv] [--only relevance,forms,...]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeWith, loadParts } from '../src/analyze/analyzer.ts';
import type { AnalysisModel } from '../src/analyze/learned/model.ts';
import { ROOT } from '../src/lib/paths.ts';
import type { Analysis } from '../src/model/analysis.ts';
import { type Examples, examplesOf, type Labelled, readLabelled } from './train/examples.ts';
import { trainModel } from './train/fit.ts';
import { assignFolds, calibration, subset } from './train/folds.ts';

const { values } = parseArgs({
  options: { folds: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } },
});
const K = Number(values.folds ?? 5);
const OUT = values.out ?? '/tmp/lantern-cv';
const ONLY = values.only?.split(',') as (keyof Examples)[] | undefined;
const SHARED = join(ROOT, '..', 'shared');
const SETS = {
  dev: readLabelled(join(SHARED, 'data/news/dev.jsonl')),
  dev2: readLabelled(join(SHARED, 'data/news/dev2.jsonl')),
};
const items = [...SETS.dev, ...SETS.dev2];
const setOf = new Map(Object.entries(SETS).flatMap(([name, list]) => list.map((it) => [it.id, name] as const)));

const parts = await loadParts({});
const perItem = new Map(items.map((it) => [it.id, examplesOf(parts, [it])]));
const folds = assignFolds(items, K, (it) => `${setOf.get(it.id)}:${it.label.relevant}`);

const predict = (model: AnalysisModel, it: Labelled): Analysis =>
  analyzeWith({ ...parts, model }, { id: it.id, url: it.url, title: it.title, text: it.text });

const rules = new Map(items.map((it) => [it.id, predict({}, it)]));
const learned = new Map<string, Analysis>();
for (let k = 0; k < K; k++) {
  const model = trainModel(
    subset(perItem, (id) => folds.get(id) !== k),
    ONLY,
  );
  for (const it of items) if (folds.get(it.id) === k) learned.set(it.id, predict(model, it));
}
// Transfer: trained on dev alone, read on dev2 (the situation of unseen news).
const devModel = trainModel(
  subset(perItem, (id) => setOf.get(id) === 'dev'),
  ONLY,
);
const transfer = new Map(SETS.dev2.map((it) => [it.id, predict(devModel, it)]));

mkdirSync(OUT, { recursive: true });
const writeJsonl = (file: string, rows: unknown[]) =>
  writeFileSync(join(OUT, file), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
writeJsonl('all.jsonl', items);
const rows: [string, string, Map<string, Analysis>, Labelled[]][] = [];
for (const [set, list] of [...Object.entries(SETS), ['all', items] as [string, Labelled[]]]) {
  writeJsonl(`${set}.jsonl`, list);
  rows.push([set, 'rules', rules, list], [set, `rules+learned ${K}-fold`, learned, list]);
}
rows.push(['dev2', 'trained on dev only', transfer, SETS.dev2]);
for (const [set, name, preds, list] of rows) {
  const file = `pred-${set}-${name.replace(/\W+/g, '-')}.jsonl`;
  writeJsonl(
    file,
    list.map((it) => preds.get(it.id)),
  );
  const out = execFileSync(
    process.execPath,
    [join(SHARED, 'eval/analysis.mjs'), '--data', join(OUT, `${set}.jsonl`), '--pred', join(OUT, file)],
    { encoding: 'utf8' },
  );
  const line = out.split('\n').find((l) => l.startsWith('analysis '))!;
  console.log(`${set.padEnd(5)} ${name.padEnd(22)} ${line.slice('analysis '.length)}`);
}
const ps = items.map((it) => learned.get(it.id)!.relevance);
const ys = items.map((it) => (it.label.relevant ? 1 : 0));
const cal = calibration(ps, ys);
const ruleCal = calibration(
  items.map((it) => rules.get(it.id)!.relevance),
  ys,
);
console.log(
  `relevance calibration (out of fold): brier ${cal.brier.toFixed(4)} ece ${cal.ece.toFixed(4)}; rules' score: brier ${ruleCal.brier.toFixed(4)} ece ${ruleCal.ece.toFixed(4)}`,
);
