// `npm run train`: fits the learned decisions on the shared labelled news (dev + dev2) and writes data/models/analysis.json.
// Only weights and feature statistics are written, never text. Repeatable: the same data and code give the same file.
// Usage: node --import tsx scripts/train.ts [--data FILE.jsonl ...] [--out FILE] [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadParts } from '../src/analyze/analyzer.ts';
import { MODEL_FILE } from '../src/analyze/learned/model.ts';
import { ROOT } from '../src/lib/paths.ts';
import { examplesOf, readLabelled } from './train/examples.ts';
import { L2, trainModel } from './train/fit.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', multiple: true }, out: { type: 'string' }, check: { type: 'boolean' } },
});
const files = values.data ?? ['dev.jsonl', 'dev2.jsonl'].map((f) => join(ROOT, '..', 'shared', 'data', 'news', f));
const items = files.flatMap((f) => readLabelled(f));
const parts = await loadParts({});
const examples = examplesOf(parts, items);
const model = trainModel(examples);
const file = {
  $comment:
    'Built by `npm run train` (scripts/train.ts) from the labelled news named below; weights of logistic models over the ' +
    'features the rule stages read (src/analyze/learned). Do not edit by hand: retrain. Holds no text.',
  trainedOn: { files: files.map((f) => basename(f)), articles: items.length, l2: L2 },
  ...model,
};
const out = values.out ?? MODEL_FILE;
const json = `${JSON.stringify(file, null, 1)}\n`;
if (values.check) {
  // CI and tests: the committed file must be what the code and data build.
  const same = readFileSync(out, 'utf8') === json;
  console.log(same ? `${out} is up to date` : `${out} differs from a fresh build: run npm run train`);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, json);
const sizes = Object.entries(examples).map(([k, v]) => `${k} ${v.length}`);
console.log(`trained on ${items.length} articles (${sizes.join(', ')}) → ${out}`);
