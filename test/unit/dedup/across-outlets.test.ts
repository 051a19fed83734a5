// Counts and places one incident's outlets write differently (fictional reports): "une quinzaine" and 16 arrests,
// 35 and 40 people detained, "la région lilloise" for Lille; a town abroad both name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COUNTS_TOGETHER,
  compareReports,
  countsTogether,
  MAX_TOGETHER,
  nearCounts,
  type StoryPrint,
} from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { homeCountry, incidentPrint, readNumbers } from '../../../src/dedup/incident.ts';
import { sameName } from '../../../src/dedup/incident-names.ts';
import type { Analysis, Place } from '../../../src/model/analysis.ts';
import { where } from '../geo/helpers.ts';

const town = (name: string, id: number, country: string): Place => ({
  name,
  id: `geonames:${id}`,
  kind: 'city',
  country,
  lat: 0,
  lon: 0,
  start: 0,
  end: 0,
});

function report(language: string, text: string, at: string, over: Partial<Analysis> = {}): StoryPrint {
  const a: Analysis = {
    id: 'x',
    language,
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['sexual'],
    countries: ['FR'],
    places: [],
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
    ...over,
  };
  return { incident: incidentPrint('Réseau démantelé', text, a), at: Date.parse(at), shingles: shingleSet(text) };
}

describe('counts that differ a little across outlets', () => {
  it('pairs near counts of arrests, never equal ones, small ones or other kinds', () => {
    assert.deepEqual(nearCounts(['35:arrests'], ['40:arrests']), ['35~40']);
    assert.deepEqual(nearCounts(['15:people'], ['16:people']), []);
    assert.deepEqual(nearCounts(['18:arrests'], ['16:people']), []);
    assert.deepEqual(nearCounts(['15:arrests'], ['16:arrests']), ['15~16']);
    assert.deepEqual(nearCounts(['40:arrests'], ['40:arrests']), []);
    assert.deepEqual(nearCounts(['6:arrests'], ['7:arrests']), []);
    assert.deepEqual(nearCounts(['35:arrests'], ['50:arrests']), []);
    assert.deepEqual(nearCounts(['35:arrests'], ['38:officers']), []);
    assert.deepEqual(nearCounts(['35:'], ['38:arrests']), []);
  });

  it('reads approximate counts and hundreds written in words', () => {
    assert.deepEqual(readNumbers('Une quinzaine de personnes ont été interpellées.', 'fr').counts, ['15:people']);
    assert.deepEqual(readNumbers('Une quinzaine de personnes interpellées.', 'fr').counts, ['15:arrests']);
    assert.deepEqual(readNumbers('levou à detenção de 40 pessoas', 'pt').counts, ['40:arrests']);
    // A rounded figure is kept, marked as such: other cases round to the same figures.
    assert.deepEqual(readNumbers('Une vingtaine de femmes et 13 personnes interpellées.', 'fr').rough, [20]);
    assert.deepEqual(readNumbers('vingt femmes libérées', 'fr').rough, []);
    assert.deepEqual(readNumbers('cerca de quatrocentos inspetores', 'pt').numbers, [400]);
    assert.deepEqual(readNumbers('unos doscientos agentes', 'es').numbers, [200]);
    // Galician news, read with the Spanish lexicon (detected as "es" or "gl"): its own number words.
    assert.deepEqual(readNumbers('liberaron a vinteunha mulleres e hai nove detidos', 'es').numbers, [9, 21]);
    assert.deepEqual(readNumbers('liberaron a vinteunha mulleres e hai nove detidos', 'gl').numbers, [9, 21]);
    // Malay is read with the Indonesian lexicon that serves it.
    assert.deepEqual(readNumbers('polis menyelamatkan sepuluh wanita', 'ms').numbers, [10]);
  });

  it('keeps counts of men, and leaves out durations', () => {
    assert.deepEqual(readNumbers('detuvo a 12 hombres y 6 mujeres', 'es').numbers, [6, 12]);
    assert.deepEqual(readNumbers('foram resgatados 207 homens', 'pt').counts, ['207:people']);
    assert.deepEqual(readNumbers('12 hommes ont été interpellés', 'fr').numbers, [12]);
    assert.deepEqual(readNumbers('Il aura fallu 16 mois aux enquêteurs', 'fr').numbers, []);
    assert.deepEqual(readNumbers('tras 11 meses de investigación, 30 detenidos', 'es').numbers, [30]);
    assert.deepEqual(readNumbers('15 ore di lavoro', 'it').numbers, []);
  });

  it('leaves out numbers of addresses, which every case in that street or block shares', () => {
    assert.deepEqual(
      readNumbers('un bar de la Supermanzana 100, sobre la avenida 127: 27 mujeres', 'es').numbers,
      [27],
    );
    assert.deepEqual(readNumbers('a house at No. 52 Fletcher Street, 12 women freed', 'en').numbers, [12]);
    assert.deepEqual(readNumbers('in der Hauptstraße 62 wurden 40 Frauen befreit', 'de').numbers, [40]);
    assert.deepEqual(readNumbers('no 15 people were hurt; 30 arrested', 'en').numbers, [15, 30]);
  });

  it('a near count backs other facts of one case', () => {
    const a = report('fr', 'Quinze personnes ont été interpellées mardi à Roubaix.', '2025-05-14T10:00:00Z');
    const b = report('fr', 'Mardi, 16 personnes ont été interpellées à Roubaix.', '2025-05-15T10:00:00Z');
    const c = compareReports(a, b);
    assert.ok(
      c.evidence.some((e) => e.startsWith('near counts 15~16')),
      c.evidence.join('; '),
    );
    const d = report('fr', 'Mardi, 30 personnes ont été interpellées à Roubaix.', '2025-05-15T10:00:00Z');
    assert.ok(!compareReports(a, d).evidence.some((e) => e.startsWith('near counts')));
  });
});

describe("a French city's adjective names the city", () => {
  it('reads "la région lilloise" and "l\'agglomération nantaise" as Lille and Nantes', () => {
    const cities = where(
      'Des interpellations ont eu lieu dans la région lilloise et dans l’agglomération nantaise.',
      'fr',
    )
      .places.filter((p) => p.kind === 'city')
      .map((p) => p.name)
      .sort();
    assert.deepEqual(cities, ['Lille', 'Nantes']);
  });
});

describe('a town abroad both reports name', () => {
  const roubaix = town('Roubaix', 1, 'FR');
  const lens = town('Lens', 2, 'FR');
  const turin = town('Turin', 3, 'IT');

  it("is a town outside the country most of the report's towns lie in", () => {
    assert.equal(homeCountry({ countries: ['IT', 'FR'], places: [roubaix, lens, turin] }), 'FR');
    assert.equal(homeCountry({ countries: ['IT', 'FR'], places: [roubaix, turin] }), 'IT');
    assert.equal(homeCountry({ countries: ['BE'], places: [] }), 'BE');
  });

  it('counts as a fact of the case; a town at home does not', () => {
    const text = 'Neuf personnes ont été écrouées; les chefs du réseau ont été arrêtés à Turin.';
    const places = [roubaix, lens, turin];
    const a = report('fr', text, '2025-05-14T10:00:00Z', { countries: ['IT', 'FR'], places });
    const b = report('fr', text, '2025-05-15T10:00:00Z', { countries: ['FR', 'IT'], places });
    assert.deepEqual(a.incident.abroad, ['geonames:3']);
    assert.ok(compareReports(a, b).evidence.some((e) => e.startsWith('town abroad geonames:3')));
    const home = report('fr', text, '2025-05-15T10:00:00Z', { countries: ['FR'], places: [roubaix, lens] });
    assert.ok(!compareReports(a, home).evidence.some((e) => e.startsWith('town abroad')));
  });
});

describe('days and counts one incident is told with', () => {
  it('meets a weekday given with its day ("quarta-feira (22)") and the same day with its month', () => {
    const pt = report('pt', 'A operação começou na quarta-feira (22) num alojamento da vila.', '2023-02-24T10:00:00Z', {
      countries: ['BR'],
    });
    const en = report('en', 'On February 22 police raided the lodging in the town.', '2023-03-10T10:00:00Z', {
      countries: ['BR'],
    });
    const other = report('en', 'On March 22 police raided the lodging in the town.', '2023-03-10T10:00:00Z', {
      countries: ['BR'],
    });
    assert.ok(compareReports(pt, en).evidence.some((e) => e.startsWith('day 2-22')));
    assert.ok(!compareReports(pt, other).evidence.some((e) => e.startsWith('day ')));
    // Months apart, a bare day of the month is another month's day.
    const later = report('en', 'On February 22 police raided the lodging.', '2023-06-10T10:00:00Z', {
      countries: ['BR'],
    });
    assert.ok(!compareReports(pt, later).evidence.some((e) => e.startsWith('day ')));
  });

  it('weighs each further count in common', () => {
    assert.equal(countsTogether(1), 0);
    assert.equal(countsTogether(2), COUNTS_TOGETHER);
    assert.equal(countsTogether(3), 2 * COUNTS_TOGETHER);
    assert.equal(countsTogether(9), MAX_TOGETHER);
  });

  it('counts a main victims count the other report writes as people it does not call victims', () => {
    const en = report('en', 'Police rescued four female minors in Taguig City.', '2023-06-24T10:00:00Z', {
      countries: ['PH'],
      victims: 4,
    });
    const tl = report('tl', 'Apat na babae ang nasagip, 4 people rescued in Taguig.', '2023-06-25T10:00:00Z', {
      countries: ['PH'],
    });
    assert.ok(tl.incident.small?.includes('4:people'), JSON.stringify(tl.incident.small));
    assert.ok(compareReports(en, tl).evidence.some((e) => e.startsWith('victims 4/null +1')));
    const six = report('en', 'Police rescued six women in Taguig City.', '2023-06-24T10:00:00Z', {
      countries: ['PH'],
      victims: 6,
    });
    assert.ok(!compareReports(six, tl).evidence.some((e) => e.startsWith('victims')));
  });

  it('takes two rewrites of one press release as one case, and a shared paragraph as no more than wording', () => {
    const release =
      'I carabinieri di Foggia hanno eseguito ordinanze di custodia cautelare nei confronti dei titolari di due aziende agricole della provincia, emesse su richiesta della Procura della Repubblica di Foggia che ha diretto le indagini. Entrambe le aziende sono state affidate ad amministratori giudiziari individuati dal Tribunale, mentre i braccianti vivevano in capannoni senza acqua e senza luce.';
    const a = report('it', `Blitz nel Foggiano. ${release}`, '2020-02-11T10:00:00Z', { countries: ['IT'] });
    const b = report('it', `${release} Maggiori dettagli in conferenza stampa alle 11.`, '2020-02-11T12:00:00Z', {
      countries: ['IT'],
    });
    assert.ok(compareReports(a, b).evidence.some((e) => e.startsWith('one release rewritten')));
    const other = report(
      'it',
      'Operazione dei carabinieri a Foggia contro il caporalato: arrestati due imprenditori agricoli di Cerignola che pagavano i braccianti tre euro l’ora. Entrambe le aziende sono state affidate ad amministratori giudiziari.',
      '2020-02-11T12:00:00Z',
      { countries: ['IT'] },
    );
    assert.ok(!compareReports(a, other).evidence.some((e) => e.startsWith('one release rewritten')));
    // The agency's release of another count reuses the template: another case, not a rewrite.
    const freed = report('it', `${release} Liberati 14 braccianti.`, '2020-02-12T12:00:00Z', {
      countries: ['IT'],
      victims: 14,
    });
    assert.ok(!compareReports(a, freed).evidence.some((e) => e.startsWith('one release rewritten')));
    // The agency's release weeks later reuses the template: another case, not a rewrite.
    const later = report('it', `${release} Maggiori dettagli in conferenza stampa alle 11.`, '2020-03-30T12:00:00Z', {
      countries: ['IT'],
    });
    assert.ok(!compareReports(a, later).evidence.some((e) => e.startsWith('one release rewritten')));
  });

  it('takes forced labour and forced criminality (or servitude, begging) as one form across outlets', () => {
    const text = 'Police freed 42 Vietnamese workers held at a casino in Kandal, Cambodia.';
    const crime = report('en', text, '2022-08-18T10:00:00Z', { countries: ['KH'], types: ['forced_criminality'] });
    const labour = report('en', text, '2022-08-18T12:00:00Z', { countries: ['KH'], types: ['labour'] });
    const sexual = report('en', text, '2022-08-18T12:00:00Z', { countries: ['KH'], types: ['sexual'] });
    assert.ok(!compareReports(crime, labour).evidence.some((e) => e.startsWith('forms')));
    assert.ok(compareReports(crime, sexual).evidence.some((e) => e.startsWith('forms')));
  });

  it('weighs names with none in common against one case only within one language', () => {
    const names = (p: StoryPrint, list: string[], language: string): StoryPrint => ({
      ...p,
      incident: { ...p.incident, names: list, language },
    });
    const base = report('en', 'Police freed 42 workers held at a casino in Kandal.', '2022-08-18T10:00:00Z', {
      countries: ['KH'],
    });
    const a = names(base, ['long binh', 'chrey thum'], 'vi');
    const b = names(base, ['golden phoenix entertainment'], 'en');
    const other = (x: StoryPrint, y: StoryPrint) =>
      compareReports(x, y).evidence.some((e) => e.startsWith('other names'));
    assert.equal(other(a, b), false);
    assert.equal(other(a, names(b, b.incident.names, 'vi')), true);
  });

  it('reads counts written in Arabic-Indic or Devanagari digits as the same numbers', () => {
    const ar = report('ar', 'حررت الشرطة ٢٣ عاملا من مصنع في القاهرة، وبلغت نسبة النساء ٤٠٪.', '2022-07-09T10:00:00Z', {
      countries: ['EG'],
    });
    assert.deepEqual(ar.incident.numbers, [23]);
    const hi = report('hi', 'पुलिस ने २३ मजदूरों को छुड़ाया', '2022-07-09T10:00:00Z', { countries: ['IN'] });
    assert.deepEqual(hi.incident.numbers, [23]);
  });
});

describe('one route to one town within the news days', () => {
  const odesa = town('Odesa', 698740, 'UA');
  const text = 'Поліцейські викрили групу, яка продавала жінок до Туреччини.';
  const route = (at: string, countries: string[]) =>
    report('uk', text, at, { countries, places: [odesa], types: ['sexual'] });

  it('two countries in common and a town in common within days count as a route; weeks later, or one country, not', () => {
    const a = route('2024-03-14T09:00:00Z', ['UA', 'TR']);
    const tell = (b: StoryPrint) => compareReports(a, b).evidence.some((e) => e.startsWith('countries UA, TR'));
    assert.ok(tell(route('2024-03-14T15:00:00Z', ['TR', 'UA'])));
    assert.ok(!tell(route('2024-04-20T15:00:00Z', ['TR', 'UA'])));
    assert.ok(
      !compareReports(a, route('2024-03-14T15:00:00Z', ['UA'])).evidence.some((e) => e.startsWith('countries')),
    );
  });

  it('reads a bound said in words ("более двадцати мужчин") as a bound', () => {
    assert.deepEqual(readNumbers('Пострадавшими признаны более двадцати мужчин', 'ru').hedged, [20]);
    assert.deepEqual(readNumbers('Пострадавшими признаны двадцать мужчин', 'ru').hedged, []);
    assert.deepEqual(readNumbers('more than 30 women were freed', 'en').hedged, [30]);
  });
});

describe('a bound one outlet gives near the count another gives', () => {
  const nilai = town('Nilai', 1, 'MY');
  const at = (text: string, victims: number, when: string) =>
    report('en', text, when, { victims, countries: ['MY', 'BD'], places: [nilai], types: ['labour'] });

  it('"more than 170 workers" meets "171 workers" as a fact; an exact 150 does not', () => {
    const a = at('Officers found 171 workers living in containers.', 171, '2024-03-06T08:00:00Z');
    const b = at('Officers found more than 170 workers at the plant.', 170, '2024-03-07T08:00:00Z');
    assert.equal(b.incident.victimsHedged, true);
    assert.ok(compareReports(a, b).evidence.includes('victims 171/170 +1'));
    const c = at('Officers found 150 workers at the plant.', 150, '2024-03-07T08:00:00Z');
    assert.ok(!compareReports(a, c).evidence.some((e) => e.startsWith('victims') && e.endsWith('+1')));
  });

  it('"32 workers" and "31 workers" are a little evidence; 32 and 20 are not', () => {
    const a = at('Officers freed 32 workers from the estate.', 32, '2024-03-06T08:00:00Z');
    const b = at('Officers freed 31 workers from the estate.', 31, '2024-03-07T08:00:00Z');
    assert.ok(compareReports(a, b).evidence.includes('victims 32/31 +0.5'));
    const c = at('Officers freed 20 workers from the estate.', 20, '2024-03-07T08:00:00Z');
    assert.ok(!compareReports(a, c).evidence.some((e) => e.startsWith('victims') && !e.endsWith('-1')));
  });

  it('"two dozen workers" meets "26 workers" as a fact, as a bound does', () => {
    const a = at('Officers found 26 workers living in containers.', 26, '2024-03-06T08:00:00Z');
    const b = at('Officers found two dozen workers at the plant.', 24, '2024-03-07T08:00:00Z');
    assert.ok(compareReports(a, b).evidence.includes('victims 26/24 +1'));
  });

  it('"arrested four handlers" counts arrests', () => {
    assert.deepEqual(readNumbers('police arrested four handlers', 'en').small, ['4:arrests']);
  });
});

describe('a rare form both name in one place', () => {
  const giza = town('Giza', 360995, 'EG');
  const at = (types: Analysis['types'], when: string) =>
    report('en', 'Police arrested a doctor and two nurses at a clinic.', when, {
      countries: ['EG'],
      places: [giza],
      types,
    });

  it('is a fact of the case (a baby sold), a common one (sexual, labour) is not', () => {
    const sold = compareReports(
      at(['illegal_adoption'], '2024-08-20T08:00:00Z'),
      at(['illegal_adoption'], '2024-08-21T08:00:00Z'),
    );
    assert.ok(sold.evidence.includes('rare form illegal_adoption +0.5'));
    const sex = compareReports(at(['sexual'], '2024-08-20T08:00:00Z'), at(['sexual'], '2024-08-21T08:00:00Z'));
    assert.ok(!sex.evidence.some((e) => e.startsWith('rare form')));
  });
});

describe('an age between commas after a noun', () => {
  it('"the captain, 51, and two officers" gives an age; "children, 14 in all" a count', () => {
    const r = readNumbers(
      'The captain, 51, and two officers were arrested. Police freed women and children, 14 in all.',
      'en',
    );
    assert.deepEqual(r.ages, [51]);
    assert.deepEqual(r.numbers, [14]);
  });
});

describe('a setting both name in one place', () => {
  const lavalle = town('Lavalle', 2, 'AR');
  const at = (language: string, text: string, when: string, types: Analysis['types'] = ['labour']) =>
    report(language, text, when, { countries: ['AR'], places: [lavalle], types });

  it('"finca de ajo" and "garlic farm" share two settings across languages', () => {
    const es = at('es', 'Rescatan a trabajadores rurales en una finca de ajo.', '2025-03-18T08:00:00Z');
    const en = at('en', 'Farmhands freed from a garlic farm.', '2025-03-19T08:00:00Z');
    assert.ok(compareReports(es, en).evidence.includes('settings crop_garlic, farm +0.75'));
  });

  it('adds nothing where a rare form in common already says it', () => {
    const es = at('es', 'Rescatan a niñas en una finca.', '2025-03-18T08:00:00Z', ['forced_begging']);
    const en = at('en', 'Girls freed from a farm.', '2025-03-19T08:00:00Z', ['forced_begging']);
    assert.ok(!compareReports(es, en).evidence.some((e) => e.startsWith('settings')));
  });
});

describe('two destinations', () => {
  const at = '2025-05-14T10:00:00Z';
  const text = 'Twelve Nepali women were rescued on Tuesday.';
  const dest = (a: StoryPrint, b: StoryPrint) =>
    compareReports(a, b).evidence.some((e) => e.startsWith('other destinations'));

  it('weigh against one case when each side names a country of its own that is not the victims origin', () => {
    const kuwait = report('en', text, at, { countries: ['NP', 'KW'], origins: ['NP'] });
    const saudi = report('en', text, at, { countries: ['NP', 'SA'], origins: ['NP'] });
    assert.ok(dest(kuwait, saudi));
    // One side names only the origin, or the other side's country is where the victims came from: no sign.
    assert.ok(!dest(kuwait, report('en', text, at, { countries: ['NP'], origins: ['NP'] })));
    assert.ok(
      !dest(
        report('en', text, at, { countries: ['NP', 'KW'] }),
        report('en', text, at, { countries: ['NP', 'IN'], origins: ['IN'] }),
      ),
    );
  });

  it('are not read from long lists of countries, which differ by example', () => {
    const a = report('en', text, at, { countries: ['KH', 'KR', 'VN', 'CN', 'ID'] });
    const b = report('en', text, at, { countries: ['KH', 'JP', 'TH', 'CN', 'KR'] });
    assert.ok(!dest(a, b));
  });
});

describe('a joined given name', () => {
  it('is one name written with a hyphen or a space', () => {
    assert.ok(sameName('jean-pierre dupont', 'jean pierre dupont'));
    const at = '2025-05-14T10:00:00Z';
    const italian = report('it', 'Condannato Marian Catalin P., il trentaduenne a capo della banda.', at);
    const ro = report('ro', 'Grupare condusă de Marian-Cătălin P. din Holboca.', at);
    assert.ok(
      compareReports(italian, ro).evidence.some((e) => e.startsWith('names ') && e.includes('marian')),
      compareReports(italian, ro).evidence.join('; '),
    );
  });
});

describe('a nickname in quotes', () => {
  const at = '2025-05-14T10:00:00Z';
  it('names the case where the other report gives it as an alias; never two quotes alone', () => {
    const raid = report('es', 'La líder, una mujer de 52 años conocida como "La Tía", controlaba las cuentas.', at);
    const trial = report('es', 'La Fiscalía pide 38 años de prisión para "La Tía", cabecilla de la red.', at);
    assert.ok(
      compareReports(raid, trial).evidence.some((e) => e.startsWith('operation alias la tia')),
      compareReports(raid, trial).evidence.join('; '),
    );
    const paper = (t: string) => report('es', t, at);
    assert.ok(
      !compareReports(
        paper('Según «El País», diez detenidos.'),
        paper('Según «El País», seis detenidos.'),
      ).evidence.some((e) => e.startsWith('operation')),
    );
  });
});
