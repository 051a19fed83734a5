import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileLexicon, type LexiconFile, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { dataPath } from '../../../src/lib/paths.ts';
import { EXPLOITATION_FORMS } from '../../../src/model/analysis.ts';

const CATEGORIES = new Set([
  'ref',
  'sale',
  'kin',
  'credit',
  'office',
  'boilerplate',
  'tip',
  'exploit',
  'traffic',
  'person',
  'goods',
  'neg',
  'smuggle',
  'sexwork',
  'coercion',
  'history',
  'incident',
  'general',
  'victim',
  'suspect',
  'unit',
  'rescue',
  'minor',
  'adult',
  'age',
  'age_weak',
  'approx',
  'total',
  'date',
  'traffic_weak',
  'compel',
  'act',
  'control',
  'armed',
  'intercept',
  'part',
  'dead',
  'rescue_one',
  'minor_sure',
  'minor_none',
  'listing',
  'tally',
  'running',
  'running_span',
  'other_case',
  'magnitude',
  'part_of',
  'care',
  'servitude',
  'labour_terms',
  ...EXPLOITATION_FORMS.filter((f) => f !== 'unspecified').map((f) => `form:${f}`),
]);
const dir = dataPath('lexicons');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

/** The roles src/analyze/cues/words.ts reads (WordRole). */
const ROLES = new Set([
  'another',
  'origin_from',
  'agent',
  'and',
  'one',
  'aged',
  'years',
  'range',
  'age_gap',
  'duration_before',
  'duration_after',
  'threshold',
  'tens_and',
  'both',
  'purpose',
  'since',
  'said',
  'glued',
  'not_pivot',
  'age_then',
  'singular',
  'without',
  'opens_clause',
  'person_adjective',
]);

describe('lexicon files', () => {
  it('cover the languages the analyzer promises', () => {
    const langs = loadLexicons();
    for (const code of [
      'en',
      'es',
      'ca',
      'gl',
      'pt',
      'fr',
      'it',
      'de',
      'id',
      'ms',
      'vi',
      'ar',
      'ro',
      'nl',
      'sw',
      'tr',
      'pl',
      'ru',
      'uk',
      'bg',
      'el',
      'no',
      'nn',
      'sv',
      'da',
      'hu',
      'cs',
      'tl',
      'fil',
      'ko',
      'th',
      'km',
      'my',
      'am',
      'ha',
    ])
      assert.ok(langs.has(code), code);
  });

  for (const name of files) {
    it(`${name}: known categories, valid phrases and weights, numbers as numbers`, () => {
      const file = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as LexiconFile;
      assert.equal(`${file.language}.json`, name);
      for (const [cat, phrases] of Object.entries(file.cues)) {
        assert.ok(CATEGORIES.has(cat), `unknown category ${cat}`);
        for (const p of phrases) assert.match(p, /^[^@]+( @-?\d+(\.\d+)?)?$/, `${cat}: "${p}"`);
      }
      for (const cat of ['tip', 'exploit', 'victim', 'incident', 'minor', 'adult'])
        assert.ok(file.cues[cat]?.length, cat);
      for (const v of Object.values(file.numbers)) assert.ok(Number.isInteger(v) && v > 0);
      for (const [role, words] of Object.entries(file.words ?? {})) {
        assert.ok(ROLES.has(role), `unknown word role ${role}`);
        for (const w of words) assert.match(w, /^\S+$/u, `${role}: "${w}" must be one word`);
      }
      assert.doesNotThrow(() => compileLexicon(file));
    });
  }
});

// "zwangsarbeit" beside "zwangsarbeit*" in one category at one weight: the word would be weighed twice.
describe('lexicon entries', () => {
  const dir = dataPath('lexicons');
  const split = (entry: string): [string[], string] => {
    const m = /\s*@([\d.]+)$/.exec(entry);
    return [(m ? entry.slice(0, m.index) : entry).split(/\s+/), m?.[1] ?? '1'];
  };
  const covers = (prefix: string[], words: string[]) =>
    prefix.length === words.length &&
    prefix.some((p) => p.endsWith('*')) &&
    prefix.every((p, k) => p === words[k] || (p.endsWith('*') && words[k]!.startsWith(p.slice(0, -1))));
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${name}: no entry that a prefix entry of the same category and weight already matches`, () => {
      const file = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as LexiconFile;
      const twice: string[] = [];
      for (const [cat, entries] of Object.entries(file.cues)) {
        const parsed = entries.map(split);
        for (const [words, weight] of parsed) {
          if (words.some((w) => w.endsWith('*') || w === '_')) continue;
          const by = parsed.find(([p, w]) => w === weight && covers(p, words));
          if (by) twice.push(`${cat}: "${words.join(' ')}" beside "${by[0].join(' ')}"`);
        }
      }
      assert.deepEqual(twice, []);
    });
  }
});
