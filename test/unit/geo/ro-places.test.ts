import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries, where } from './helpers.ts';

// Romanian and Turkish sentences composed by us: declined names, demonyms, prepositions and case endings of place.

describe('places in Romanian', () => {
  it('finds declined country names (genitive-dative, articulated)', () => {
    const cases: [text: string, want: string[]][] = [
      ['Tinerele au fost duse în Spania și apoi în Italia.', ['ES', 'IT']],
      ['Poliția Marii Britanii a cerut ajutorul autorităților Republicii Moldova.', ['GB', 'MD']],
      ['Victimele au fost scoase din Spaniei.', ['ES']],
      ['Muncitorii au fost recrutați din Germaniei și duși în Franței.', ['DE', 'FR']],
      ['Trei bărbați au fost trimiși în Marocul natal.', ['MA']],
      ['Ancheta a început în afara României, în Anglia.', ['GB', 'RO']],
      ['Fetele lucrau în Olanda.', ['NL']],
    ];
    for (const [text, want] of cases) assert.deepEqual(countries(text, 'ro'), [...want].sort(), text);
  });

  it('reads Romanian demonyms, plural, feminine and with the article, as people', () => {
    assert.deepEqual(countries('Poliția a salvat 20 de români.', 'ro'), ['RO']);
    assert.deepEqual(countries('Două românce au fost exploatate.', 'ro'), ['RO']);
    assert.deepEqual(countries('Suspecții sunt moldoveni.', 'ro'), ['MD']);
    assert.deepEqual(countries('Printre victime se aflau și bulgari.', 'ro'), ['BG']);
    assert.deepEqual(countries('Anchetatorii britanici au audiat victimele.', 'ro'), ['GB']);
    assert.deepEqual(countries('Angajatorii erau englezi.', 'ro'), ['GB']);
    const r = where('Au fost eliberați 15 ucraineni și 4 românce.', 'ro');
    assert.deepEqual([...r.countries].sort(), ['RO', 'UA']);
    assert.equal(r.people.length, 2);
  });

  it('a language named after a nationality is no place ("în limba engleză")', () => {
    assert.deepEqual(countries('Materialele sunt disponibile în limba engleză.', 'ro'), []);
  });

  it('keeps small places after Romanian prepositions and place nouns ("din comitatul Armagh", "în Lincolnshire")', () => {
    assert.deepEqual(countries('Două tinere din comitatul Armagh au fost salvate.', 'ro'), ['GB']);
    assert.deepEqual(countries('Bărbații lucrau la o fermă în Lincolnshire.', 'ro'), ['GB']);
    assert.deepEqual(countries('O tânără din județul Dolj a fost racolată.', 'ro'), ['RO']);
  });

  it('finds Romanian and Moldovan towns in the comma (ș ț) and the cedilla (ş ţ) spelling', () => {
    for (const text of [
      'Poliția din Timișoara a reținut doi bărbați.',
      'Poliţia din Timişoara a reţinut doi bărbaţi.',
      'Fetele erau din Iași și Constanța.',
      'Fetele erau din Iaşi şi Constanţa.',
    ])
      assert.deepEqual(countries(text, 'ro'), ['RO'], text);
    assert.deepEqual(countries('Victima era din Chișinău.', 'ro'), ['MD']);
  });
});

describe('places in Turkish', () => {
  it('reads a case ending of place after the name ("Kilis\'te", "Edirne\'de")', () => {
    assert.deepEqual(countries("Kilis'te operasyon düzenlendi.", 'tr'), ['TR']);
    assert.deepEqual(countries("Jandarma Kilis'te 3 kadını kurtardı.", 'tr'), ['TR']);
    assert.deepEqual(countries("Dün Edirne'de polis 3 kadını kurtardı.", 'tr'), ['TR']);
    assert.deepEqual(countries("İstanbul'da 8 çocuk kurtarıldı.", 'tr'), ['TR']);
  });

  it('reads Turkish demonyms (Suriyeli, Afgan, Özbek, Türkmen) and their plurals', () => {
    assert.deepEqual(countries('Suriyeli 8 çocuk kurtarıldı.', 'tr'), ['SY']);
    assert.deepEqual(countries('Gözaltına alınanlar arasında Afganlar ve Özbekler var.', 'tr'), ['AF', 'UZ']);
    assert.deepEqual(countries('Türkmen kadınlar kurtarıldı.', 'tr'), ['TM']);
  });
});
