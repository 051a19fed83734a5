import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries, where } from './helpers.ts';

// Written by us: one short text per language the analyzer reads (names, demonyms, inflected forms).
const CASES: [lang: string, text: string, want: string[]][] = [
  ['en', 'Nigerian women were rescued from a brothel in London.', ['GB', 'NG']],
  ['es', 'Trata de personas: la policía liberó a 20 mujeres colombianas en Madrid, España.', ['CO', 'ES']],
  ['pt', 'Tráfico de pessoas: polícia resgata trabalhadores indianos em Portugal.', ['IN', 'PT']],
  ['it', 'Tratta di esseri umani: arrestati a Catania sfruttatori di ragazze nigeriane.', ['IT', 'NG']],
  ['fr', 'Traite des êtres humains au Koweït : des employées domestiques exploitées.', ['KW']],
  ['de', 'Menschenhandel: Polizei befreit Frauen aus Rumänien in Deutschland.', ['DE', 'RO']],
  ['ar', 'الاتجار بالبشر في ليبيا: إنقاذ مهاجرين', ['LY']],
  ['ar', 'الشرطة الليبية تنقذ مهاجرين', ['LY']],
  ['he', 'סחר בבני אדם בישראל: המשטרה חילצה נשים', ['IL']],
  ['id', 'Perdagangan orang: polisi Indonesia menyelamatkan pekerja di Malaysia.', ['ID', 'MY']],
  ['vi', 'Buôn bán người sang Trung Quốc: công an Việt Nam giải cứu phụ nữ.', ['CN', 'VN']],
  ['ta', 'மனித கடத்தல்: இந்தியாவில் குழந்தைகள் மீட்பு', ['IN']],
  ['ml', 'മനുഷ്യക്കടത്ത്: ഇന്ത്യയിൽ കുട്ടികളെ രക്ഷപ്പെടുത്തി', ['IN']],
  ['tl', 'Human trafficking sa Pilipinas: nailigtas ang mga biktima.', ['PH']],
  ['tl', 'Nailigtas ang sampung biktima; inaresto ang tatlong Pilipino sa operasyon.', ['PH']],
  ['hr', 'Hrvatska policija uhitila je dvoje hrvatskih državljana.', ['HR']],
  ['sr', 'Група је мамила бескућнике у Пољској да дођу у Британију.', ['GB', 'PL']],
  ['ny', 'Apolisi ku Mangochi agwira anthu omwe amazembetsa ana kupita ku South Africa.', ['MW', 'ZA']],
];

describe('geo in every supported language', () => {
  for (const [lang, text, want] of CASES) {
    it(`${lang}: ${want.join(', ')}`, () => assert.deepEqual(countries(text, lang), want));
  }

  it('names in scripts other than Latin are found whatever language the text was detected as', () => {
    assert.deepEqual(countries('الاتجار بالبشر في مصر', 'und'), ['EG']);
    assert.deepEqual(countries('סחר בבני אדם בישראל', 'yi'), ['IL']);
    assert.deepEqual(countries('Група је мамила бескућнике у Пољској.', 'mk'), ['PL']);
  });

  it('finds Greek and Bulgarian cities and regions, in the nominative and the genitive', () => {
    const cases: [lang: string, text: string, want: string[], places: string[]][] = [
      [
        'el',
        'Εξαρθρώθηκε κύκλωμα στη Θεσσαλονίκη. Τα θύματα είχαν μεταφερθεί από τη Βουλγαρία.',
        ['BG', 'GR'],
        ['Thessaloníki', 'Bulgaria'],
      ],
      ['el', 'Στα Χανιά συνελήφθησαν δύο άνδρες που εκμεταλλεύονταν εργάτες γης.', ['GR'], ['Chaniá']],
      [
        'el',
        'Το Τμήμα Ασφαλείας Ηρακλείου ερευνά υπόθεση εκμετάλλευσης γυναικών από τη Βρέμη.',
        ['DE', 'GR'],
        ['Irákleion', 'Bremen'],
      ],
      ['bg', 'Полицията в Плевен задържа мъж, изпращал жени в Бремен.', ['BG', 'DE'], ['Pleven', 'Bremen']],
      ['bg', 'Момичета от Сливенско са били продадени в Солун.', ['BG', 'GR'], ['Sliven Province', 'Thessaloníki']],
      [
        'bg',
        'Прокуратурата в София обвини двама мъже за трафик на работници към Лондон.',
        ['BG', 'GB'],
        ['Sofia', 'London'],
      ],
    ];
    for (const [lang, text, want, places] of cases) {
      assert.deepEqual(countries(text, lang), want, text);
      assert.deepEqual(
        where(text, lang).places.map((p) => p.name),
        places,
        text,
      );
    }
  });

  it('a Greek place name that is an ordinary word opening a sentence is no place ("Δράμα" drama, "Πύργος" tower)', () => {
    assert.deepEqual(countries('Δράμα για τις οικογένειες των θυμάτων.', 'el'), []);
    assert.deepEqual(countries('Ο Πύργος του Άιφελ φωταγωγήθηκε.', 'el'), []);
    assert.deepEqual(countries('Συνελήφθη ένας άνδρας στη Δράμα.', 'el'), ['GR']);
  });

  it('a Spanish demonym is not read in an English text', () => {
    assert.deepEqual(countries('The chino trousers were sold online.'), []);
  });

  it('reads a Spanish autonomous community by its Spanish name, not the city inside it ("Castilla y León")', () => {
    const r = where('Liberadas 13 mujeres. La delegada del Gobierno en Castilla y León presentó la operación.', 'es');
    const kinds = r.places.map((p) => `${p.kind}:${p.name}`);
    assert.ok(kinds.includes('region:Castile and León') && !kinds.includes('city:León'), kinds.join());
  });

  it("gives the towns of Castile and León that community as their region, as the community's own name", () => {
    const r = where('La Policía Nacional liberó a 13 mujeres en Valladolid y detuvo a cinco personas en Burgos.', 'es');
    const regions = r.places.filter((p) => p.kind === 'city').map((p) => p.admin1);
    assert.deepEqual([...new Set(regions)], ['Castile and León']);
  });

  it('reads Bulgarian names of Greek places (Ханя, Крит)', () => {
    const r = where('Разбиха престъпна група в Ханя на остров Крит.', 'bg');
    const names = r.places.map((p) => p.name);
    assert.ok(names.includes('Chaniá') && names.includes('Crete Region'), names.join());
  });

  it('finds towns named with a case ending of the text\'s language ("pod Lublinem", "kod Subotice", "Szegeden")', () => {
    const cases: [lang: string, text: string, town: string][] = [
      ['pl', 'Policja uwolniła trzydziestu robotników z farmy pod Lublinem.', 'Lublin'],
      ['sr', 'Policija je oslobodila trideset radnika sa farme kod Subotice.', 'Subotica'],
      ['hu', 'A rendőrök Szegeden három férfit őrizetbe vettek.', 'Szeged'],
      ['cs', 'Policie v Ostravě zadržela tři muže.', 'Ostrava'],
    ];
    for (const [lang, text, town] of cases) {
      const names = where(text, lang).places.map((p) => p.name);
      assert.ok(names.includes(town), `${lang}: ${names.join()}`);
    }
    // An ending the language does not list is no declension: Polish "Policja" is not the town of Police.
    assert.deepEqual(where('Policja poinformowała o zatrzymaniu.', 'pl').places, []);
  });
});
