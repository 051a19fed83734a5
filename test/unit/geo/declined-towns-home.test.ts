import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGeoIndex, locate } from '../../../src/analyze/geo/index.ts';

// Sentences composed for this test. Czech towns whose stem changes when declined ("v Brně", "v Liberci") are listed
// in those forms (data/gazetteer/city-aliases.tsv); the prepositions of place of Czech, Polish, Slovak, Croatian,
// Swedish, Danish, Norwegian, Dutch and Catalan (data/lexicons/places/words.json) let a town under 100,000 people count
// without its country named.
describe('Czech towns in their declined forms', () => {
  const index = loadGeoIndex();
  for (const town of [
    'v Brně',
    'z Brna',
    'v Plzni',
    'v Liberci',
    'v Pardubicích',
    've Zlíně',
    'v Chebu',
    'v Karlových Varech',
  ]) {
    it(`"${town}" is in CZ`, () => {
      const r = locate(`Policie ${town} zadržela dva muže a osvobodila šest žen.`, index, { language: 'cs' });
      assert.deepEqual(r.countries, ['CZ']);
    });
  }
});

describe('small towns after a preposition of place', () => {
  const index = loadGeoIndex();
  for (const [lang, text, cc] of [
    ['pl', 'Policja w Tarnowie zatrzymała dwóch mężczyzn.', 'PL'],
    ['sv', 'Polisen i Borås har gripit två män.', 'SE'],
    ['da', 'Politiet i Horsens har anholdt to mænd.', 'DK'],
    ['no', 'Politiet i Drammen har pågrepet to menn.', 'NO'],
    ['hr', 'Policija u Zadru uhitila je dvojicu muškaraca.', 'HR'],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(locate(text, index, { language: lang }).countries, [cc]));
  }
});

// A town of the country where the text's language is mostly written wins over a foreign region of the same name:
// "a Bari" in Italian news is the city in Apulia, not the region of Somalia.
describe('home towns in a language of one country', () => {
  const index = loadGeoIndex();
  it('Italian "a Bari" is in Italy', () => {
    const r = locate('Arrestato a Bari un uomo che sfruttava una ragazza.', index, { language: 'it' });
    assert.deepEqual(r.countries, ['IT']);
  });
  it('an English "Bari region" story stays open to Somalia', () => {
    const r = locate('Fighting in the Bari region of Somalia displaced thousands.', index, { language: 'en' });
    assert.deepEqual(r.countries, ['SO']);
  });
});

// Swedish, Danish and Norwegian nationality words (data/gazetteer/demonyms.tsv), lowercase as those languages write
// them; language names that many countries speak ("engelska") are left out.
describe('Nordic nationality words', () => {
  const index = loadGeoIndex();
  for (const [lang, text, want] of [
    ['sv', 'Polisen i Malmö har gripit två män. Sju thailändska kvinnor tvingades till prostitution.', ['SE', 'TH']],
    ['da', 'Politiet i Aarhus anholdt to mænd. Syv rumænske kvinder blev tvunget til prostitution.', ['DK', 'RO']],
    ['no', 'Politiet i Bergen pågrep to menn. Sju nigerianske kvinner ble tvunget til prostitusjon.', ['NO', 'NG']],
    ['sv', 'Polisen i Malmö har gripit två män. Kvinnorna talade engelska.', ['SE']],
  ] as const) {
    it(`${lang}: ${text.slice(0, 50)}`, () =>
      assert.deepEqual([...locate(text, index, { language: lang }).countries].sort(), [...want].sort()));
  }
});

// Namesakes (Cartagena in Spain and in Colombia): the victims' nationality ("mujeres colombianas") is their origin
// and lends its country only half the support of a country's name; a namesake in the region of another town the
// text names ("La Unión", "Murcia") is the one meant, when the text also names that town's country.
describe('namesake towns beside the towns of their region', () => {
  const index = loadGeoIndex();
  const placesOf = (text: string, language: string) =>
    locate(text, index, { language })
      .places.filter((p) => p.kind === 'city')
      .map((p) => `${p.name}:${p.country}`);
  it('es: Cartagena with La Unión, Colombian victims, in Spain', () => {
    const got = placesOf(
      'La Policía Nacional desarticuló una red que operaba en Cartagena y La Unión y liberó a nueve mujeres ' +
        'colombianas. A su llegada a España contraían una deuda.',
      'es',
    );
    assert.deepEqual([...new Set(got)].sort(), ['Cartagena:ES', 'La Unión:ES']);
  });
  it('en: the port city of Cartagena beside the region of Murcia', () => {
    const got = placesOf(
      'Spanish police freed nine women from Colombia in the region of Murcia. Five people were arrested in the port ' +
        'city of Cartagena.',
      'en',
    );
    assert.ok(got.includes('Cartagena:ES'), got.join(' '));
  });
  it('en: Cartagena in Colombia stays in Colombia', () => {
    const got = placesOf('Colombian police rescued five girls in Cartagena, on the Caribbean coast of Colombia.', 'en');
    assert.ok(got.includes('Cartagena:CO'), got.join(' '));
  });
});

// country-state-city misplaces towns of the Philippines (Mandaue City under Bataan): their region comes from GeoNames.
describe('regions of Philippine towns', () => {
  it('Mandaue City lies in Central Visayas', () => {
    const r = locate('Seven children were rescued in Mandaue City on Tuesday.', loadGeoIndex(), { language: 'en' });
    assert.equal(r.places.find((p) => p.name === 'Mandaue City')?.admin1, 'Central Visayas');
  });
});

// Sentences composed for this test.
describe('streets, stray small towns, agencies and St Petersburg', () => {
  const index = loadGeoIndex();
  const at = (text: string, language: string) => locate(text, index, { language }).countries;
  it('"avenida Avellaneda", "Jalan Sudirman" are streets', () => {
    assert.deepEqual(at('Las prendas se vendían en comercios de la avenida Avellaneda.', 'es'), []);
    assert.deepEqual(at('Polisi menggerebek sebuah rumah di Jalan Sudirman.', 'id'), []);
  });
  it('"thành phố Hà Nội" is the city of Hanoi, not a street', () => {
    assert.deepEqual(at('Công an thành phố Hà Nội vừa bắt giữ ba đối tượng.', 'vi'), ['VN']);
  });
  it('a small foreign town placed only by its preposition, in a text that names another country, is dropped', () => {
    assert.deepEqual(
      at('Un taller en Flores fue allanado; las víctimas eran de Bolivia y trabajaban en Argentina.', 'es').sort(),
      ['AR', 'BO'],
    );
  });
  it('"Policía Federal Argentina", "Policía Nacional del Perú" place the story', () => {
    assert.deepEqual(at('Un operativo de la Policía Federal Argentina rescató a 19 trabajadores.', 'es'), ['AR']);
    assert.deepEqual(at('La Policía Nacional del Perú rescató a 17 víctimas.', 'es'), ['PE']);
  });
  it('"St Petersburg" is Russia\'s unless Florida is named', () => {
    assert.deepEqual(at('Women were held in a flat in St Petersburg.', 'en'), ['RU']);
    assert.deepEqual(at('Police in St. Petersburg, Florida, arrested a man.', 'en'), ['US']);
  });
});
