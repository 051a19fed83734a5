import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePhrases, matchPhrases } from '../../../src/analyze/cues/phrases.ts';
import { scanCues } from '../../../src/analyze/cues/scan.ts';
import { tokenize } from '../../../src/analyze/cues/tokens.ts';
import { numberAt } from '../../../src/analyze/facts/numbers.ts';
import { compileLexicon, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { foldMarks } from '../../../src/lib/text/fold.ts';

describe('tokenize', () => {
  it('keeps offsets, lower-cases and folds accents', () => {
    const t = tokenize('Víctimas de TRATA, rescued!');
    assert.deepEqual(t.lower, ['víctimas', 'de', 'trata', 'rescued']);
    assert.deepEqual(t.fold, ['victimas', 'de', 'trata', 'rescued']);
    assert.equal(t.start[2], 12);
    assert.equal(t.end[2], 17);
    assert.deepEqual(t.cap, [true, false, true, false]);
  });

  it('keeps thousands groups in one number and splits hyphenated words', () => {
    const t = tokenize('3.151 trabalhadores, 1,000 people and a 16-year-old (4.5 tonnes)');
    assert.deepEqual(t.lower.slice(0, 2), ['3.151', 'trabalhadores']);
    assert.ok(t.lower.includes('1,000'));
    assert.deepEqual(t.lower.slice(6, 9), ['16', 'year', 'old']);
    assert.deepEqual(t.lower.slice(-3), ['4', '5', 'tonnes']);
  });

  it('folds Arabic hamza forms and leaves plain words alone', () => {
    assert.equal(foldMarks('الأطفال'), 'الاطفال');
    assert.equal(foldMarks('children'), 'children');
  });
});

describe('phrase matcher', () => {
  const index = compilePhrases(
    [
      { cat: 'a', weight: 1, phrase: 'forced labo*' },
      { cat: 'b', weight: 2, phrase: 'rescued _ women' },
      { cat: 'c', weight: 1, phrase: 'human trafficking' },
      { cat: 'd', weight: 1, phrase: 'trafficking' },
    ],
    true,
  );

  it('matches prefixes, wildcards and overlapping phrases', () => {
    const text = 'Police rescued 12 women from forced labour and human trafficking.';
    const hits = matchPhrases(index, tokenize(text));
    assert.deepEqual(
      hits.map((h) => [h.cat, text.slice(h.start, h.end)]),
      [
        ['b', 'rescued 12 women'],
        ['a', 'forced labour'],
        ['c', 'human trafficking'],
        ['d', 'trafficking'],
      ],
    );
  });

  it('matches a phrase written without spaces (Thai) against the words a text is cut into', () => {
    const thai = compilePhrases([{ cat: 'tip', weight: 3, phrase: 'การค้ามนุษย์' }], false);
    const text = 'ตำรวจจับกุมขบวนการค้ามนุษย์ที่ชายแดน';
    const hits = matchPhrases(thai, tokenize(text));
    assert.deepEqual(
      hits.map((h) => text.slice(h.start, h.end)),
      [],
      'the phrase has การ, the text ขบวนการ: no match across a word boundary',
    );
    const bare = compilePhrases([{ cat: 'tip', weight: 3, phrase: 'ค้ามนุษย์' }], false);
    assert.deepEqual(
      matchPhrases(bare, tokenize(text)).map((h) => text.slice(h.start, h.end)),
      ['ค้ามนุษย์'],
    );
  });

  it('refuses prefixes shorter than three letters', () => {
    assert.throws(() => compilePhrases([{ cat: 'x', weight: 1, phrase: 'ab*' }], true), /shorter than 3/);
  });
});

describe('numbers', () => {
  const en = compileLexicon({
    language: 'en',
    fold: true,
    cues: {},
    numbers: { two: 2, twenty: 20, one: 1, dozen: 12 },
    scales: { hundred: 100, thousand: 1000, dozen: 12 },
  });
  const read = (text: string) => {
    const set = scanCues(text, 0, [en]);
    return numberAt(set, 0)?.value ?? null;
  };

  it('reads numerals, words, compounds and scales', () => {
    assert.equal(read('32 girls'), 32);
    assert.equal(read('1,000 workers'), 1000);
    assert.equal(read('twenty-one women'), 21);
    assert.equal(read('two hundred children'), 200);
    assert.equal(read('a dozen victims'), 12);
    assert.equal(read('the victims'), null);
  });

  it("reads the shipped lexicons' number words: French 70-99, Russian and Ukrainian teens, Serbo-Croatian", () => {
    const lexicons = loadLexicons();
    const inLang = (lang: string, text: string) => {
      const set = scanCues(text, 0, [lexicons.get(lang)!]);
      return numberAt(set, 0)?.value ?? null;
    };
    assert.equal(inLang('fr', 'quatre-vingts victimes'), 80);
    assert.equal(inLang('fr', 'quatre-vingt-dix victimes'), 90);
    assert.equal(inLang('fr', 'soixante-dix-sept victimes'), 77);
    assert.equal(inLang('fr', 'soixante-quinze victimes'), 75);
    assert.equal(inLang('fr', 'vingt-deux victimes'), 22);
    assert.equal(inLang('ru', 'двенадцать женщин'), 12);
    assert.equal(inLang('ru', 'чотирнадцять жінок'), 14);
    assert.equal(inLang('sr', 'dvanaest žena'), 12);
    assert.equal(inLang('sr', 'dvoje državljana'), 2);
    assert.equal(inLang('tr', 'yedi kadın'), 7);
    assert.equal(inLang('fr', "quinzaine d'adolescents"), 15);
    assert.equal(inLang('it', 'quindicina di ragazze'), 15);
    assert.equal(inLang('ms', 'lapan wanita'), 8);
  });

  it('reads Thai and Khmer digits, alone or written against the words around them', () => {
    assert.equal(read('๑๒ คน'), 12);
    assert.equal(read('១២ នាក់'), 12);
    assert.equal(read('๒๕๖๗'), 2567);
    assert.equal(read('១២នាក់'), 12);
    assert.equal(read('๔๕%'), null);
    assert.equal(read('๚'), null);
  });
});

describe('cues of the text language and of the English pivot', () => {
  const lexs = loadLexicons();
  const es = lexs.get('es')!;
  const en = lexs.get('en')!;
  it('keeps every category in token order when both lexicons hit it (window look-ups binary-search the lists)', () => {
    const set = scanCues('Human trafficking victims: la policía liberó a 12 víctimas; the victims were women.', 0, [
      es,
      en,
    ]);
    for (const [cat, hits] of set.byCat)
      for (let k = 1; k < hits.length; k++)
        assert.ok(hits[k - 1]!.ti <= hits[k]!.ti, `${cat}: ${hits.map((h) => h.ti).join(',')}`);
  });
  it('leaves out an English one-word cue on a word the language lists as not_pivot ("son" in Spanish)', () => {
    const set = scanCues('Las mujeres son víctimas de trata.', 0, [es, en]);
    assert.ok(![...set.byCat.values()].flat().some((h) => h.phrase === 'son'));
    const english = scanCues('Her son was rescued.', 0, [en]);
    assert.ok([...english.byCat.values()].flat().some((h) => h.phrase === 'son'));
  });
});
