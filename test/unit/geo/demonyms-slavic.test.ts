import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences written for this test: the victims' country is told only by a nationality noun.

describe('demonyms in Slavic languages, Greek and Hungarian', () => {
  it('places the victims by a nationality noun, one sentence per language', () => {
    const cases: [lang: string, text: string, want: string][] = [
      ['bg', 'Полицията освободи 34-ма непалци, държани в склад край магистралата.', 'NP'],
      ['ru', 'Оперативники вывели из подвала девятнадцать узбеков без документов.', 'UZ'],
      ['uk', 'Прикордонники виявили у фурі шістьох вʼєтнамців, яких везли на будівництво.', 'VN'],
      ['pl', 'Straż Graniczna zatrzymała busa, w którym jechało jedenastu Pakistańczyków.', 'PK'],
      ['cs', 'Inspektoři našli na stavbě osm Filipínců, kterým zaměstnavatel zabavil pasy.', 'PH'],
      ['sr', 'Policija je u stanu pronašla pet Kolumbijki i dva Kolumbijca, žrtve prinudnog rada.', 'CO'],
      ['sr', 'Полиција је у кући пронашла девет Пакистанаца којима су одузети пасоши.', 'PK'],
      ['hr', 'Djelatnici granične policije zatekli su u kombiju četrnaest Nepalaca.', 'NP'],
      ['el', 'Οι αρχές εντόπισαν δεκαπέντε Μαροκινούς σε αγροτική αποθήκη.', 'MA'],
      ['hu', 'A rendőrök egy tanyán tizenkét bangladesieket találtak, akiket bér nélkül dolgoztattak.', 'BD'],
    ];
    for (const [lang, text, want] of cases) assert.deepEqual(countries(text, lang), [want], `${lang}: ${text}`);
  });

  it('reads masculine and feminine plurals of two countries in one sentence', () => {
    assert.deepEqual(countries('Сред жертвите има седем молдовки и двама румънци.', 'bg'), ['MD', 'RO']);
    assert.deepEqual(countries('Mezi oběťmi byly tři Rumunky a dva Bulhaři.', 'cs'), ['BG', 'RO']);
  });

  it('leaves out forms that are common words or adjectives', () => {
    // "вьетнамки" are flip-flops in Russian; Hungarian "ukrán" is also the adjective and the language.
    assert.deepEqual(countries('На пляже продавали дешёвые вьетнамки и полотенца.', 'ru'), []);
    assert.deepEqual(countries('A levelet ukrán nyelvről fordították.', 'hu'), []);
  });
});
