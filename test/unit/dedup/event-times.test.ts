// Months, weekdays, small counts and towns named after their region as story evidence (fictional reports).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { eventMonths, eventWeekdays } from '../../../src/dedup/event-times.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { endsInPlace, incidentPrint, readNumbers } from '../../../src/dedup/incident.ts';
import type { Analysis, Place } from '../../../src/model/analysis.ts';

const town = (name: string, id: number): Place => ({
  name,
  id: `geonames:${id}`,
  kind: 'city',
  country: 'ES',
  admin1: 'Canarias',
  lat: 28.4,
  lon: -16.5,
  start: 0,
  end: 0,
});

function report(text: string, at: string, over: Partial<Analysis> = {}): StoryPrint {
  const a: Analysis = {
    id: 'x',
    language: 'es',
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['sexual'],
    countries: ['ES'],
    places: [town('Villaverde del Mar', 1)],
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
    ...over,
  };
  const title = text.split('.')[0]!;
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

describe('months and weekdays', () => {
  it('reads weekdays in Arabic, Bulgarian, Greek and Polish', () => {
    for (const text of [
      'داهمت الشرطة فجر الثلاثاء',
      'Акцията беше във вторник.',
      'Η επιχείρηση έγινε την Τρίτη.',
      'Akcja odbyła się we wtorek.',
    ])
      assert.deepEqual(eventWeekdays(text), ['w2'], text);
  });

  it('reads months named as times, with their year when given', () => {
    assert.deepEqual(eventMonths('La investigación se inició en octubre de 2024 en Melilla'), ['m10', '2024-10']);
    assert.deepEqual(eventMonths('The inquiry began in June 2023.'), ['m6', '2023-06']);
    assert.deepEqual(eventMonths('detenida en el mes de julio'), ['m7']);
    // The same month with the word for year between ("del año", "do ano de"), or after "mes" without "de".
    assert.deepEqual(eventMonths('La investigación dio comienzo en el mes julio del año 2024'), ['m7', '2024-07']);
    assert.deepEqual(eventMonths('começou em julho do ano de 2024'), ['m7', '2024-07']);
  });

  it('leaves out months that are other words ("en el marco de", modal "may")', () => {
    assert.deepEqual(eventMonths('En el marco de la operación'), []);
    assert.deepEqual(eventMonths('victims in may be afraid'), []);
  });

  it('reads weekdays as the locale writes them, and a day of the month given with one', () => {
    assert.deepEqual(eventWeekdays('raided on Tuesday evening'), ['w2']);
    assert.deepEqual(eventWeekdays('nesta quarta-feira (22), em Bento'), ['w3', 'd22']);
    assert.deepEqual(eventWeekdays('el martes 14 de mayo'), ['w2', 'd14']);
    // A capitalised "Domingo" mid-sentence is a name; "14 people" is no day.
    assert.deepEqual(eventWeekdays('Domingo N. fue detenido'), []);
    assert.deepEqual(eventWeekdays('on Tuesday 14 people were held'), ['w2']);
  });
});

describe('small counts', () => {
  it('keeps counts of 2 to 4 people or arrests with their kind, and no other small numbers', () => {
    const r = readNumbers('liberó a dos víctimas, con tres personas detenidas en 2 registros', 'es');
    assert.deepEqual(r.small, ['2:people', '3:arrests']);
    assert.deepEqual(r.numbers, []);
  });

  it('reads the day given with a weekday as a date, not a count both reports of one news day share', () => {
    const pt = 'Auditores resgataram nesta terça-feira (11) sete trabalhadores numa oficina com 12 máquinas.';
    assert.deepEqual(readNumbers(pt, 'pt').numbers, [7, 12]);
    assert.deepEqual(eventWeekdays(pt), ['w2', 'd11']);
    assert.deepEqual(readNumbers('La policía detuvo el martes 14 de mayo a 23 personas', 'es').numbers, [23]);
    // A count after a weekday with no day of the month stays a count.
    assert.deepEqual(readNumbers('On Tuesday, 15 women were freed', 'en').numbers, [15]);
  });
});

describe('number words and age ranges', () => {
  it('reads a tens word, a conjunction and a units word as one number', () => {
    assert.deepEqual(readNumbers('treinta y dos mujeres liberadas', 'es').numbers, [32]);
    assert.deepEqual(readNumbers('sessenta e cinco mandados de busca', 'pt').numbers, [65]);
  });

  it('reads an age range whose second age repeats the article', () => {
    const r = readNumbers('com idades entre os 22 e os 58 anos', 'pt');
    assert.deepEqual([r.ranges, r.numbers, r.ages], [['22-58'], [], []]);
  });
});

describe('towns named after their region', () => {
  it('treats "X do/de <region or town named>" as a place, not a person', () => {
    assert.equal(endsInPlace('ferreira do alentejo', new Set(['alentejo'])), true);
    assert.equal(endsInPlace('maria da silva', new Set(['alentejo'])), false);
    assert.equal(endsInPlace('alentejo', new Set(['alentejo'])), false);
  });
});

describe('story evidence from months, weekdays and small counts', () => {
  const rescue = report(
    'La Policía Nacional liberó a dos víctimas y detuvo a tres mujeres en Villaverde del Mar. La investigación comenzó en enero de este año y en el mes de julio una de ellas fue detenida.',
    '2025-08-21T09:00:00Z',
    { victims: 2 },
  );
  const copy = report(
    'Agentes liberaron a dos víctimas de explotación sexual en Villaverde del Mar y detuvieron a tres mujeres. Las pesquisas empezaron en enero; en julio cayó la primera.',
    '2025-08-21T12:00:00Z',
    { victims: 2 },
  );
  const other = report(
    'La Policía Nacional liberó a cuatro víctimas en Villaverde del Mar; dos de ellas escaparon. Tres hombres fueron detenidos. La investigación comenzó en mayo.',
    '2025-08-22T09:00:00Z',
    { victims: 4 },
  );

  it('joins two reports of one operation on small counts and months in common', () => {
    const c = compareReports(rescue, copy);
    assert.equal(c.same, true, c.evidence.join('; '));
    assert.ok(c.evidence.some((e) => e.startsWith('small counts')) && c.evidence.some((e) => e.startsWith('months')));
  });

  it('does not count small numbers when the victims counts differ, and counts other months against', () => {
    const c = compareReports(rescue, other);
    assert.equal(c.same, false, c.evidence.join('; '));
    assert.ok(!c.evidence.some((e) => e.startsWith('small counts')), c.evidence.join('; '));
    assert.ok(
      c.evidence.some((e) => e.startsWith('months') && e.endsWith('-0.5')),
      c.evidence.join('; '),
    );
  });

  it('counts different days given with weekdays a week apart against', () => {
    const a = report(
      'Nesta quarta-feira (22) foram resgatados 24 trabalhadores em Villaverde del Mar.',
      '2023-02-23T09:00:00Z',
      { language: 'pt' },
    );
    const b = report(
      'Nesta quarta-feira, 01, foram resgatados 24 trabalhadores em Villaverde del Mar.',
      '2023-03-02T09:00:00Z',
      { language: 'pt' },
    );
    const c = compareReports(a, b);
    assert.ok(
      c.evidence.some((e) => e.startsWith('days') && e.endsWith('-1.5')),
      c.evidence.join('; '),
    );
  });
});
