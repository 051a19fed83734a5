import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { fitLogistic, solve } from '../../../scripts/train/logistic.ts';
import { RELEVANCE_FEATURES } from '../../../src/analyze/learned/features.ts';
import { logit, probability } from '../../../src/analyze/learned/linear.ts';
import { checkModel, MODEL_FILE } from '../../../src/analyze/learned/model.ts';
import { ROOT } from '../../../src/lib/paths.ts';
import { SHARED } from '../../helpers/shared.ts';
import { analyze } from './helpers.ts';

// Synthetic data made here; no third-party text.

describe('learned decisions: logistic fit', () => {
  it('solves a small linear system', () => {
    const x = solve(
      [
        [4, 1],
        [1, 3],
      ],
      [1, 2],
    );
    assert.ok(Math.abs(x[0]! - 1 / 11) < 1e-9 && Math.abs(x[1]! - 7 / 11) < 1e-9);
  });

  it('recovers the sign and order of known weights and is repeatable', () => {
    // y depends on a (strongly), b (weakly, against) and not on c; a seeded generator makes the data.
    let s = 7;
    const rand = () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 600; i++) {
      const x = [rand() * 4 - 2, rand() * 4 - 2, rand() * 4 - 2];
      xs.push(x);
      ys.push(rand() < 1 / (1 + Math.exp(-(2 * x[0]! - 0.7 * x[1]!))) ? 1 : 0);
    }
    const m = fitLogistic(['a', 'b', 'c'], xs, ys, 1);
    assert.ok(m.weights[0]! > 1.5, `a: ${m.weights[0]}`);
    assert.ok(m.weights[1]! < -0.3, `b: ${m.weights[1]}`);
    assert.ok(Math.abs(m.weights[2]!) < 0.3, `c: ${m.weights[2]}`);
    assert.deepEqual(fitLogistic(['a', 'b', 'c'], xs, ys, 1), m);
    // The probability is the sigmoid of the log-odds, and rises with a.
    assert.equal(probability(m, [1, 0, 0]), 1 / (1 + Math.exp(-logit(m, [1, 0, 0]))));
    assert.ok(probability(m, [2, 0, 0]) > probability(m, [0, 0, 0]));
  });
});

describe('learned decisions: the model file', () => {
  const good = { features: RELEVANCE_FEATURES, mean: [0], scale: [1], weights: [1], bias: 0 };

  it('accepts a well-formed model and leaves absent decisions to the rules', () => {
    assert.deepEqual(checkModel({ relevance: good }), { relevance: good });
    assert.deepEqual(checkModel({}), {});
  });

  it('refuses features that differ from the code, bad numbers and bad thresholds, saying where', () => {
    assert.throws(
      () => checkModel({ relevance: { ...good, features: ['other'] } }, 'f.json'),
      /f\.json: relevance: features/,
    );
    assert.throws(() => checkModel({ relevance: { ...good, weights: [Number.NaN] } }), /weights must hold 1 finite/);
    assert.throws(() => checkModel({ relevance: { ...good, scale: [0] } }), /scale must be above 0/);
    assert.throws(() => checkModel({ victimsMin: 2 }), /victimsMin must be a number in \[0, 1\]/);
    assert.throws(() => checkModel(null), /expected an object/);
  });

  it('the committed model holds weights and feature statistics only, no text', () => {
    const raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as Record<string, unknown>;
    checkModel(raw, MODEL_FILE);
    const strings = JSON.stringify(raw).match(/"[^"]*"/g) ?? [];
    // Feature names, section names, the comment and the training files' names: nothing long enough to be an article's words.
    assert.ok(strings.every((s) => s.length < 260));
  });

  it('is what npm run train builds from the shared data (reproducible)', {
    skip: SHARED ? false : 'no ../shared beside this checkout',
    timeout: 300_000,
  }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'train.ts'), '--check'],
      {
        cwd: ROOT,
      },
    );
    assert.match(stdout, /is up to date/);
  });
});

describe('learned decisions: relevance is a probability with its evidence', () => {
  it('a clear case scores high and cites the text; a hard negative scores low', async () => {
    const yes = await analyze(
      'Police free 12 women from sex trafficking ring',
      'Police rescued 12 women held in a flat and arrested three men accused of human trafficking and forced prostitution.',
    );
    assert.equal(yes.relevant, true);
    assert.ok(yes.relevance > 0.9, String(yes.relevance));
    const quote = yes.evidence.find((e) => e.field === 'relevance');
    assert.ok(quote);
    const no = await analyze(
      'Coral smugglers caught',
      'Coast guards seized 300 kg of coral and arrested two men for coral trafficking.',
    );
    assert.equal(no.relevant, false);
    assert.ok(no.relevance < 0.5);
  });
});
