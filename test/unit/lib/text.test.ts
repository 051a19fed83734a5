// The one word rule and the one accent fold, and that analysis (cue engine) and geo cut and fold text alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize as cueTokens } from '../../../src/analyze/cues/tokens.ts';
import { tokenize as geoTokens, nameWords, tokensOfSpans } from '../../../src/analyze/geo/tokens.ts';
import { foldMarks } from '../../../src/lib/text/fold.ts';
import { SENTENCE_BREAK } from '../../../src/lib/text/stops.ts';
import { dropInnerApostrophes, isWordAt, scanWords, wordsOf } from '../../../src/lib/text/words.ts';
import { stripMarks } from '../../../src/store/search/doc.ts';

const spans = (text: string, groupNumbers = false) => {
  const out: string[] = [];
  scanWords(text, (s, e) => out.push(`${s}-${e}:${text.slice(s, e)}`), { groupNumbers });
  return out;
};

describe('words', () => {
  it('cuts on anything but letters, marks and digits, keeping offsets', () => {
    assert.deepEqual(spans("Saint-Denis, l'Île 2025!"), [
      '0-5:Saint',
      '6-11:Denis',
      '13-14:l',
      '15-18:Île',
      '19-23:2025',
    ]);
  });
  it('keeps combining marks and scripts without spaces between words inside a word', () => {
    assert.deepEqual(wordsOf('Ca\u0301diz مدينة'), ['Ca\u0301diz', 'مدينة']);
    assert.deepEqual(wordsOf('कन्या'), ['कन्या']);
  });
  it('counts letters outside the BMP as word characters and emoji or lone surrogates as separators', () => {
    assert.deepEqual(wordsOf('a𠀀b 🚨 x\ud800y z\udc00'), ['a𠀀b', 'x', 'y', 'z']);
    assert.equal(isWordAt('𝐀', 0), true);
    assert.equal(isWordAt('𝐀', 1), true);
    assert.equal(isWordAt('a', 5), false);
  });
  it('reads a Ukrainian word with an inner apostrophe as one cue token, whichever apostrophe', () => {
    for (const text of ["п'ять жінок", 'п’ять жінок', 'пʼять жінок']) {
      const t = cueTokens(text);
      assert.deepEqual(t.lower, ['пять', 'жінок'], text);
      assert.equal(text.slice(t.start[0], t.end[0]).length, 5);
    }
    assert.deepEqual(cueTokens("l'Italia rock'n'roll").lower, ['l', 'italia', 'rock', 'n', 'roll']);
    assert.deepEqual(cueTokens("Київ' п").lower, ['київ', 'п']);
    assert.equal(dropInnerApostrophes("дев'ятнадцять"), 'девятнадцять');
    assert.equal(dropInnerApostrophes("don't"), "don't");
  });
  it('parts a count from the Korean counter glued to it, and nothing else glued to digits', () => {
    assert.deepEqual(wordsOf('여성 12명을 구조했다'), ['여성', '12', '명을', '구조했다']);
    assert.deepEqual(wordsOf('G20 1st 16letá'), ['G20', '1st', '16letá']);
  });
  it('cuts Thai, Lao, Myanmar and Khmer runs into words, with their offsets', () => {
    const text = 'ตำรวจช่วยเหลือหญิงสาว 12 คน in Bangkok';
    const words = wordsOf(text);
    assert.deepEqual(words.slice(0, 3), ['ตำรวจ', 'ช่วย', 'เหลือ']);
    assert.ok(words.includes('12') && words.includes('คน') && words.includes('Bangkok'));
    for (const s of spans(text)) {
      const [range, word] = s.split(':');
      const [a, b] = range!.split('-').map(Number);
      assert.equal(text.slice(a, b), word);
    }
    assert.deepEqual(wordsOf('ตำรวจ', { maxWords: 1 }).length, 1);
  });
  it('parts digits from the letters they are written against in those scripts', () => {
    assert.deepEqual(wordsOf('หญิง12คน'), ['หญิง', '12', 'คน']);
    assert.deepEqual(wordsOf('ស្ត្រី១២នាក់'), ['ស្ត្រី', '១២', 'នាក់']);
    assert.deepEqual(spans('ឆ្នាំ២០២៤'), ['0-5:ឆ្នាំ', '5-9:២០២៤']);
    assert.deepEqual(wordsOf('อายุ๑๕ปี ab12'), ['อายุ', '๑๕', 'ปี', 'ab12']);
    assert.deepEqual(wordsOf('หญิง12คน', { maxWords: 2 }), ['หญิง', '12']);
  });
  it('keeps thousands groups together only when asked', () => {
    assert.deepEqual(wordsOf('3.151 victims, 1,000,000 and 12\u00a0500', { groupNumbers: true }), [
      '3.151',
      'victims',
      '1,000,000',
      'and',
      '12\u00a0500',
    ]);
    assert.deepEqual(wordsOf('3.151 1.5 2024,12', { groupNumbers: true }), ['3.151', '1', '5', '2024', '12']);
    assert.deepEqual(wordsOf('3.151'), ['3', '151']);
  });
  it('stops after maxWords words', () => {
    assert.equal(
      scanWords('a b c d e', () => {}, { maxWords: 3 }),
      3,
    );
    assert.deepEqual(wordsOf('a b c d e', { maxWords: 2 }), ['a', 'b']);
  });
});

describe('ascii flag', () => {
  it('says which words hold only ASCII units, a no-break space in a grouped number included', () => {
    const text = 'Côte abc 12\u00a0500 3,000 Łódź';
    const seen: string[] = [];
    scanWords(text, (s, e, ascii) => seen.push(`${text.slice(s, e)}:${ascii}`), { groupNumbers: true });
    assert.deepEqual(seen, ['Côte:false', 'abc:true', '12\u00a0500:false', '3,000:true', 'Łódź:false']);
  });
  it('folds non-ASCII tokens the same when they repeat (memoised fold)', () => {
    const text = 'víctimas víctimas Côte Côte';
    assert.deepEqual(
      cueTokens(text).fold,
      ['victimas', 'victimas', 'Cote', 'Cote'].map((w) => w.toLowerCase()),
    );
  });
});

describe('accent fold', () => {
  it('removes diacritics, keeps case and letters without marks', () => {
    assert.equal(foldMarks('Côte d’Ivoire'), 'Cote d’Ivoire');
    assert.equal(foldMarks('víctimas'), 'victimas');
    assert.equal(foldMarks('الأطفال'), 'الاطفال');
    assert.equal(foldMarks('Łódź'), 'Łodz'); // Ł has no decomposition: it stays
    assert.equal(foldMarks('한국'), '한국'); // Hangul decomposes to jamo, then recomposes
    assert.equal(foldMarks('plain ascii'), 'plain ascii');
  });
});

describe('analysis and geo share the rule', () => {
  const texts = [
    'Police in São Paulo rescued 3.151 workers; Côte d’Ivoire, Łódź and 𠀀-town — 한국 경찰 (2025).',
    'Trata de personas: la Guardia Civil liberó a 12 víctimas en Málaga y Cádiz.',
  ];
  it('the cue engine and geo find the same words where no number is grouped', () => {
    for (const text of texts) {
      const cue = cueTokens(text);
      const geo = geoTokens(text);
      const cueWords = cue.start.map((s, i) => text.slice(s, cue.end[i]));
      const ungrouped = cueWords.flatMap((w) => wordsOf(w));
      assert.deepEqual(
        ungrouped,
        geo.map((t) => t.text),
      );
      assert.deepEqual(
        nameWords(text),
        geo.map((t) => t.text),
      );
    }
  });
  it("geo's tokens from the cue engine's spans equal its own cut, grouped numbers split back", () => {
    for (const text of [...texts, 'Sold for 1,000,000 and 12\u00a0500 naira; 3.5 km, 1.234.567 people.', '']) {
      assert.deepEqual(tokensOfSpans(text, cueTokens(text)), geoTokens(text));
    }
  });
  it('the cue engine, geo compiler and search fold alike', () => {
    for (const text of texts) {
      const cue = cueTokens(text);
      assert.deepEqual(cue.fold, cue.lower.map(foldMarks));
      assert.equal(stripMarks(text), foldMarks(text));
    }
  });
});

describe('sentence stops', () => {
  it('ends a sentence at ". " and at the stops of other scripts, with or without a space after them', () => {
    for (const gap of ['. ', '! ', '។', '។ ', '။', '।', '。', '？', '؟ ']) assert.ok(SENTENCE_BREAK.test(gap), gap);
    for (const gap of [' ', ', ', '3.5', '.com', ' - ']) assert.ok(!SENTENCE_BREAK.test(gap), gap);
  });
});
