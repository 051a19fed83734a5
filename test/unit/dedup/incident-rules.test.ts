// Rules that keep look-alike cases apart (fictional reports): a route of big cities is place, not a fact of the case;
// a name that begins with a city named is that place; an operation's edition number is part of its name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import {
  incidentPrint,
  isPlaceName,
  isProgramme,
  isTrainName,
  operationNames,
  readNumbers,
  wordNumber,
} from '../../../src/dedup/incident.ts';
import { fold, reportNames } from '../../../src/dedup/incident-names.ts';
import type { Analysis, Place } from '../../../src/model/analysis.ts';

const city = (name: string, id: number, admin1: string): Place => ({
  name,
  id: `geonames:${id}`,
  kind: 'city',
  country: 'ES',
  admin1,
  lat: 40,
  lon: -3,
  start: 0,
  end: 0,
});

function report(title: string, text: string, at: string, places: Place[]): StoryPrint {
  const a: Analysis = {
    id: 'x',
    language: 'es',
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['sexual'],
    countries: ['ES'],
    places,
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
  };
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

describe('look-alike cases stay apart', () => {
  it('a route of the same big cities alone does not make one case', () => {
    const route = [city('Madrid', 1, 'Madrid'), city('Barcelona', 2, 'Catalonia'), city('Málaga', 3, 'Andalusia')];
    const a = report(
      'Desarticulada una red de trata',
      'La Policía Nacional detuvo en Málaga, Barcelona y Madrid a 18 personas y liberó a 15 mujeres.',
      '2025-03-02T10:00:00Z',
      route,
    );
    const b = report(
      'Detenidos 25 miembros de una red',
      'La organización prostituía a jóvenes en Málaga, Madrid y Barcelona; 25 detenidos y 16 víctimas liberadas.',
      '2025-03-04T10:00:00Z',
      route,
    );
    const c = compareReports(a, b);
    assert.ok(
      c.evidence.some((e) => e.startsWith('route of 3 cities')),
      c.evidence.join('; '),
    );
    assert.equal(c.same, false, c.evidence.join('; '));
  });

  it('a name beginning with a city the report names is that place', () => {
    assert.equal(isPlaceName('palma de mallorca', new Set(['palma'])), true);
    assert.equal(isPlaceName('rosa de lima', new Set(['palma'])), false);
    assert.equal(isPlaceName('palma', new Set(['palma'])), false);
  });

  it("keeps an operation's edition number in its name", () => {
    assert.deepEqual(operationNames('a Operação Resgate 3 contou com 222 ações'), ['resgate 3']);
    assert.deepEqual(operationNames('A Operação Resgate envolveu seis órgãos'), ['resgate']);
    assert.deepEqual(operationNames('la Operación Alborga II, que'), ['alborga ii']);
  });
});

describe('counts that carry across reports', () => {
  const en = (title: string, text: string, at: string, over: Partial<Analysis>): StoryPrint => {
    const a: Analysis = {
      id: 'x',
      language: 'en',
      relevant: true,
      relevance: 0.9,
      incident: true,
      types: [],
      countries: ['GB'],
      places: [],
      minors: null,
      victims: null,
      evidence: [],
      flags: [],
      ...over,
    };
    return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
  };

  it('reads tens and units joined by a hyphen', () => {
    const words = new Map([
      ['eighty', 80],
      ['eight', 8],
      ['ten', 10],
    ]);
    assert.equal(wordNumber('eighty-eight', words), 88);
    assert.equal(wordNumber('ten-eight', words), undefined);
    assert.equal(wordNumber('well-known', words), undefined);
    assert.deepEqual(readNumbers('Eighty-eight workers came forward.', 'en').numbers, [88]);
  });

  it('reads laws cited, dates with a slash, ranges of hours and years of a sentence as no counts, in any language', () => {
    const id = readNumbers(
      'Polisi menahan 12 tersangka pada Rabu (20/5). Mereka dijerat Pasal 4 UU Nomor 21 Tahun 2007 dengan ancaman ' +
        '15 tahun penjara. Korban berusia 17 tahun. Mereka bekerja 20 hingga 22 jam per hari selama 14 bulan.',
      'id',
    );
    assert.deepEqual([id.numbers, id.ages], [[12], [17]]);
    const pt = readNumbers(
      'A Lei 13.344 prevê pena. Foram resgatados 25 trabalhadores; o artigo 149 do Código Penal.',
      'pt',
    );
    assert.deepEqual(pt.numbers, [25]);
    const ro = readNumbers('O tânără de 19 ani și 14 victime. Condamnat la 7 ani de închisoare după 30 de zile.', 'ro');
    assert.deepEqual([ro.numbers, ro.ages], [[14], [19]]);
    const bg = readNumbers(
      'Арестувани са 13 души, държани 8 месеца. Осъдени на 5 години затвор. 18-годишна жертва.',
      'bg',
    );
    assert.deepEqual([bg.numbers, bg.ages], [[13], [18]]);
  });

  it('a bound ("more than 400") does not conflict with the part another report counts', () => {
    const bound = en(
      'Gang jailed',
      'More than 400 people were forced to work for almost nothing by the Wexford gang, a court in Dunmore heard.',
      '2025-07-05T10:00:00Z',
      { victims: 400 },
    );
    const part = en(
      'Gang jailed',
      'Only 88 victims came forward against the Wexford gang, a court in Dunmore heard.',
      '2025-07-05T12:00:00Z',
      { victims: 88 },
    );
    assert.equal(bound.incident.victimsHedged, true);
    assert.ok(!compareReports(bound, part).evidence.some((e) => e.startsWith('victims')));
    const exact = en('Gang jailed', 'The 400 people were forced to work.', '2025-07-05T10:00:00Z', { victims: 400 });
    assert.ok(compareReports(exact, part).evidence.some((e) => e.startsWith('victims 400/88 -')));
  });

  it('reads what a number counts within its own clause', () => {
    // "rescató a 18 víctimas, arrestó a cinco personas": the 18 are victims, not arrests.
    const rescued = readNumbers('La Policía rescató a 18 víctimas, arrestó a cinco personas.', 'es').counts;
    assert.deepEqual(rescued, ['18:people', '5:arrests']);
    assert.deepEqual(readNumbers('fueron detenidas 21 personas en varias provincias', 'es').counts, ['21:arrests']);
  });

  it("one report's victims count is not another's count of arrests", () => {
    const a = en(
      'Police free 24 women',
      'Police freed 24 women and arrested 21 people in Leeds and York on Tuesday.',
      '2025-07-05T10:00:00Z',
      { victims: 24 },
    );
    const b = en(
      'Police free 21 women',
      'Police freed 21 women held in flats in Leeds and York on Tuesday.',
      '2025-07-05T12:00:00Z',
      { victims: 21 },
    );
    assert.ok(
      !compareReports(a, b).evidence.some((e) => e.startsWith('numbers')),
      compareReports(a, b).evidence.join('; '),
    );
  });

  it('a victims count that its own report calls arrests is a misreading, and still meets the arrests', () => {
    const a = en('Police detain 18', 'Police detained 18 people in Leeds on Tuesday.', '2025-07-05T10:00:00Z', {
      victims: 18,
    });
    const b = en(
      'Court remands gang',
      'Seventeen of the 18 detainees were remanded in Leeds.',
      '2025-07-12T10:00:00Z',
      {},
    );
    assert.ok(
      compareReports(a, b).evidence.some((e) => e.startsWith('numbers 18')),
      compareReports(a, b).evidence.join('; '),
    );
    assert.deepEqual(readNumbers('PJ detém 18 pessoas por tráfico de pessoas', 'pt').counts, ['18:arrests']);
  });

  it('a list of ages is no counts but ages, and "aged 45" is an age', () => {
    const r = readNumbers('The suspects - aged 22, 23, 26, 28, and 30 - were arrested.', 'en');
    assert.deepEqual([r.numbers, r.ages], [[], [22, 23, 26, 28, 30]]);
    assert.deepEqual(readNumbers('A man aged 45 was charged.', 'en').ages, [45]);
  });

  it('the same small count in the same town on one news day is one case; days apart it needs more', () => {
    const text = (place: string) =>
      `A man suspected of trafficking workers to a car wash in ${place} was arrested. Eight potential victims were found at the car wash on London Road, officers from the Modern Slavery Unit said.`;
    const over = { victims: 8, places: [] };
    const morning = en('Car wash raid', text('Dunmore'), '2025-07-05T08:00:00Z', over);
    const evening = en('Slavery raid at car wash', text('Dunmore'), '2025-07-05T19:00:00Z', over);
    const c = compareReports(morning, evening);
    assert.ok(c.same, c.evidence.join('; '));
    const later = en('Slavery raid at car wash', text('Dunmore'), '2025-07-20T19:00:00Z', over);
    assert.equal(compareReports(morning, later).same, false);
  });

  it("an operation's name or its large totals outweigh example countries that do not meet", () => {
    const a = en(
      'Global operation',
      'Operation Lanternfish led to 2,517 arrests and identified 17,793 irregular migrants; 94 smugglers were held in Turkey.',
      '2025-11-06T10:00:00Z',
      { countries: ['TR'] },
    );
    const b = en(
      'Global operation',
      'Of the 2,517 arrests, 850 were for trafficking; 17,793 irregular migrants were found, minors on farms in Argentina.',
      '2025-11-07T10:00:00Z',
      { countries: ['AR'] },
    );
    const c = compareReports(a, b);
    assert.equal(c.veto, null, c.evidence.join('; '));
    assert.equal(c.same, true, c.evidence.join('; '));
    const other = en('Raid', 'Police held 12 smugglers in Argentina.', '2025-11-07T10:00:00Z', { countries: ['AR'] });
    assert.equal(compareReports(a, other).veto, 'other countries');
  });
});

describe('places and operations the gazetteer and the word "operation" miss', () => {
  it('reads an operation named after a word for it, not a person named so', () => {
    assert.deepEqual(operationNames('An dem Einsatz namens Lanternfisch III waren'), ['lanternfisch iii']);
    assert.deepEqual(operationNames('the recent operation, named Operation Lanternfish II, at'), ['lanternfish ii']);
    assert.deepEqual(operationNames('la operación denominada Corralito, en'), ['corralito']);
    assert.deepEqual(operationNames('a man named Pedro Ruiz was held'), []);
  });

  it("reads Italian institutions' names as institutions, not people or name words", () => {
    const r = reportNames(
      'I dettagli saranno resi noti in una conferenza presso questo Comando Provinciale. Lo ha disposto il Tribunale.',
      new Set(),
      'it',
    );
    assert.deepEqual([r.names, r.words], [[], []]);
  });

  it('folds letters decomposition keeps whole, so names meet as other outlets write them', () => {
    assert.equal(fold('Đinh Văn Nơi'), 'dinh van noi');
    assert.equal(fold('Łukasz Żółć'), 'lukasz zolc');
    assert.equal(fold('Øster Straße'), 'oster strasse');
  });

  it('reads a capitalised weekday of any language whose dates are read, and Polri, as no name word', () => {
    const r = reportNames(
      'Polisi menangkap tiga tersangka pada Rabu (22/4). Menurut Polri, Hartono ditahan di Jakarta sejak Kamis.',
      new Set(),
      'id',
    );
    assert.ok(!r.words.includes('rabu') && !r.words.includes('kamis') && !r.words.includes('polri'), r.words.join());
    assert.ok(r.words.includes('hartono'), r.words.join());
  });

  it("reads Dutch and German institutions' names as institutions, and nationalities as no name words", () => {
    const nl = reportNames(
      'Dat meldt het Openbaar Ministerie. De verdachte Jan de Vries werd aangehouden.',
      new Set(),
      'nl',
    );
    assert.deepEqual(nl.names, ['jan de vries']);
    const de = reportNames(
      'Das teilte das Landeskriminalamt mit. Die Romanian Frauen wurden befreit.',
      new Set(),
      'de',
    );
    assert.deepEqual([de.names, de.words], [[], []]);
  });

  it('keeps unresolved places told by a geographic word, abbreviations written out', () => {
    assert.deepEqual(reportNames('Police raided a house in Mount Kestrel on Wednesday.', new Set(), 'en').localities, [
      'mount kestrel',
    ]);
    assert.deepEqual(reportNames('The raid in Mt Kestrel freed four women.', new Set(), 'en').localities, [
      'mount kestrel',
    ]);
  });

  it('counts a shared unresolved place as a shared town across languages', () => {
    const es = report(
      'Rescatan a 12 mujeres',
      'Fueron rescatadas 12 mujeres de entre 18 y 32 años en una vivienda de Mount Kestrel; 11 habían entrado de forma irregular.',
      '2025-10-24T10:00:00Z',
      [],
    );
    const en = report(
      'Police rescue 11 women',
      'Police rescued 11 women, aged between 18 and 32, from a house in Mt Kestrel; 12 women were found in all.',
      '2025-10-24T18:00:00Z',
      [],
    );
    const c = compareReports(es, en);
    assert.ok(c.evidence.includes('places +1.5'), c.evidence.join('; '));
  });
});

describe('standing programmes and trains are not identities of a case', () => {
  it('an operation that names the crime, or an acronym spelled out so, is a programme', () => {
    const text = 'Under Action Against Human Trafficking (AAHT), the railway police ran Operation AAHT at Wexton.';
    assert.equal(isProgramme('aaht', text, 'en'), true);
    assert.equal(isProgramme('action against human', '', 'en'), true);
    assert.equal(isProgramme('kestrel', text, 'en'), false);
    assert.equal(isProgramme('abc', 'Alpha Bravo Charlie (ABC) raided a farm', 'en'), false);
  });

  it('keeps programmes out of a print, so two cases under one programme share no operation', () => {
    const text =
      'Under Operation AAHT (Action Against Human Trafficking), police rescued 9 children at Wexton station.';
    const a = incidentPrint('Children rescued', text, {
      id: 'x',
      language: 'en',
      relevant: true,
      relevance: 0.9,
      incident: true,
      types: [],
      countries: ['IN'],
      places: [],
      minors: true,
      victims: 9,
      evidence: [],
      flags: [],
    });
    assert.deepEqual(a.operations, []);
  });

  it('a name before "Express" is a train, kept as a place', () => {
    assert.equal(isTrainName('hazrat wexpur', 'rescued from the hazrat wexpur–kestrelpuram express at'), true);
    assert.equal(isTrainName('ravi wexpur', 'ravi wexpur was arrested on the platform'), false);
  });
});

describe("an institution's name written as a list", () => {
  const names = (text: string) => reportNames(text, new Set(), 'en');
  it('"Ministry of Gender, Labour and Social Development" names no one: its last item is part of its name', () => {
    const r = names("Uganda's Ministry of Gender, Labour and Social Development said it was investigating.");
    assert.deepEqual([r.names, r.bodies], [[], ['social development']]);
    assert.deepEqual(names('The Ministry of Women, Family and Community Development said so.').bodies, [
      'community development',
    ]);
  });
  it('people listed after an agency stay people', () => {
    assert.deepEqual(names('Officers of the NCA, John Smith and Mary Jones, said.').names, [
      'john smith',
      'mary jones',
    ]);
    assert.deepEqual(names('The Home Office and Jane Doe said.').names, ['jane doe']);
  });
});

describe('a nationality is no name word', () => {
  it('leaves "Mexican" and "Chinese" out of the name words and keeps a rare word', () => {
    const p = report(
      'Rescate',
      'Federal agents said that Mexican and Chinese nationals ran the Medusa bar near the Ernesto market.',
      '2024-09-14T10:00:00Z',
      [],
    );
    assert.ok(!p.incident.words.includes('mexican'), p.incident.words.join(', '));
    assert.ok(!p.incident.words.includes('chinese'), p.incident.words.join(', '));
    assert.ok(p.incident.words.includes('ernesto'), p.incident.words.join(', '));
  });
});
