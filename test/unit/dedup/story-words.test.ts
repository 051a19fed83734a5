// The word lists of story prints (data/stories/*-words.json, number-context.json) and the regexes built from them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ALIAS, NOT_NAMES, OPERATION, OPERATION_NAMED } from '../../../src/dedup/case-words.ts';
import { eventDates, MONTH_NUMBERS } from '../../../src/dedup/event-dates.ts';
import { AGE_AFTER, CURRENCY, CURRENCY_BEFORE, HEDGE, TIME_OR_UNIT } from '../../../src/dedup/number-context.ts';
import { TOWN_END } from '../../../src/dedup/place-words.ts';
import { anyOf, eitherCase, isWordList, spaced, storyWords } from '../../../src/dedup/story-words.ts';
import { MONTH_AFTER } from '../../../src/dedup/time-words.ts';
import { dataPath } from '../../../src/lib/paths.ts';

const FILES = ['number-context.json', 'time-words.json', 'case-words.json', 'place-words.json'];

describe('story word files', () => {
  for (const name of FILES) {
    it(`${name}: a comment, and every list a non-empty array of distinct lower-case strings`, () => {
      const file = JSON.parse(readFileSync(dataPath('stories', name), 'utf8')) as Record<string, unknown>;
      const comment = file.$comment;
      assert.ok(typeof comment === 'string' && comment.includes('Written by the Lantern team'), name);
      const lists = Object.entries(file).filter(([k]) => !k.startsWith('$'));
      assert.ok(lists.length > 0);
      for (const [list, words] of lists) {
        assert.ok(isWordList(words), `${name}: ${list}`);
        assert.equal(new Set(words).size, words.length, `${name}: ${list} repeats a word`);
        assert.ok(comment.includes(`'${list}'`), `${name}: the comment says what '${list}' is for`);
      }
    });
  }

  it('a missing list, or one not in lower case, throws', () => {
    assert.throws(() => storyWords('case-words.json')('no_such_list'), /no_such_list/);
    assert.equal(isWordList(['Alias']), false);
    assert.equal(isWordList([]), false);
    assert.equal(isWordList(['alias', 3]), false);
  });
});

describe('regex pieces from words', () => {
  it('escapes each word, keeps the order, and writes spaces and first letters as asked', () => {
    assert.equal(anyOf(['us$', 'km.', 'm²']), '(?:us\\$|km\\.|m²)');
    assert.equal(eitherCase('operación'), '[Oo]peración');
    assert.equal(spaced('el mes de'), 'el\\s+mes\\s+de');
  });

  it('the built regexes read what the lists say', () => {
    assert.match(' millones euros', CURRENCY);
    assert.match('cerca de EUR ', CURRENCY_BEFORE);
    assert.doesNotMatch('cerca de eur ', CURRENCY_BEFORE);
    assert.match('-year-old woman', AGE_AFTER);
    assert.doesNotMatch(' años de prisión', AGE_AFTER);
    assert.match(' por ciento', TIME_OR_UNIT);
    assert.match("jusqu'à ", HEDGE);
    assert.equal([...'desde el mes de julio del año 2024'.matchAll(MONTH_AFTER)][0]?.slice(1).join(' '), 'julio 2024');
    assert.equal(TOWN_END.exec('frankfurt am main')?.[1], 'main');
  });

  it('names of the case: aliases and operations', () => {
    assert.equal(new RegExp(ALIAS.source, 'u').exec('alias «La Paisa» y otros')?.[1]?.trim(), '«La Paisa» y');
    assert.equal(new RegExp(OPERATION.source, 'u').exec('la operación Alborga')?.[1], 'Alborga');
    assert.equal(new RegExp(OPERATION_NAMED.source, 'u').exec('Einsatz namens Liberterra III')?.[1], 'Liberterra III');
    assert.ok(NOT_NAMES.has('the'));
  });

  it('month abbreviations take the month they begin; "may" is no month after a day', () => {
    assert.equal(MONTH_NUMBERS.get('sept'), 9);
    assert.deepEqual(eventDates('on 14 may and 15 sept'), ['9-15']);
  });
});

// `\b` knows ASCII letters only: words that start or end with another script's letter ("операция", "zł", "€") found
// no edge and never matched.
describe('word edges in every script', () => {
  it('reads an operation named in Cyrillic or Greek, and money in zloty or euros', () => {
    OPERATION.lastIndex = 0;
    assert.equal(OPERATION.exec('Полиция провела операцию «Мак» в Казани')?.[1], 'Мак');
    OPERATION.lastIndex = 0;
    assert.equal(OPERATION.exec('Η αστυνομία ολοκλήρωσε την επιχείρηση Αράχνη στην Αθήνα')?.[1], 'Αράχνη');
    assert.ok(CURRENCY.test(' zł za godzinę'));
    assert.ok(CURRENCY.test(' € pro Monat'));
    assert.ok(!CURRENCY.test(' złoty'), 'zł is no prefix of a longer word');
  });
});
