// Event dates, English age ranges and counts in common as story evidence (fictional reports).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTS_TOGETHER, compareReports, SHARED_DATE, type StoryPrint } from '../../../src/dedup/compare.ts';
import { eventDates } from '../../../src/dedup/event-dates.ts';
import { eventMonths } from '../../../src/dedup/event-times.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { incidentPrint, readNumbers } from '../../../src/dedup/incident.ts';
import type { Analysis } from '../../../src/model/analysis.ts';

const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  id: 'x',
  language: 'en',
  relevant: true,
  relevance: 0.9,
  incident: true,
  types: ['labour'],
  countries: ['GB'],
  places: [],
  minors: null,
  victims: null,
  evidence: [],
  flags: [],
  ...over,
});

function report(title: string, text: string, at: string, over: Partial<Analysis> = {}): StoryPrint {
  const a = analysis(over);
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

describe('event dates', () => {
  it('reads day and month in either order and in several languages', () => {
    assert.deepEqual(eventDates('arrested on December 20 after'), ['12-20']);
    assert.deepEqual(eventDates('on Wednesday 20 December.'), ['12-20']);
    assert.deepEqual(eventDates('el pasado miércoles 23 de octubre'), ['10-23']);
    assert.deepEqual(eventDates('le 23 juin dernier'), ['6-23']);
    assert.deepEqual(eventDates('am 18 April in Kleinstadt'), ['4-18']);
  });

  it('reads dates in the declined forms of Slavic and Greek, and in Romanian, Indonesian and Turkish', () => {
    for (const text of [
      'Полицията арестува трима души на 13 май.',
      'Οι συλλήψεις έγιναν στις 13 Μαΐου.',
      'Policja zatrzymała ich 13 maja.',
      'Poliția i-a reținut pe 13 mai.',
      'Polisi menangkap mereka pada 13 Mei.',
      'Polis 13 Mayıs günü operasyon düzenledi.',
      'Задержания прошли 13 мая.',
    ])
      assert.deepEqual(eventDates(text), ['5-13'], text);
  });

  it('leaves out years, bare months, modal "may" and common words that abbreviate months', () => {
    assert.deepEqual(eventDates('In March 2019 police said'), []);
    assert.deepEqual(eventDates('children aged 12 and 14 may be'), []);
    assert.deepEqual(eventDates('5 out of 10 workers'), []);
  });
});

describe('English age ranges', () => {
  it('reads "aged between 18 and 32" and "between the ages of 18 and 32"', () => {
    assert.deepEqual(readNumbers('eleven women, aged between 18 and 32, were', 'en').ranges, ['18-32']);
    assert.deepEqual(readNumbers('who are between the ages of 19 and 30, were', 'en').ranges, ['19-30']);
  });
});

describe('story evidence from event dates and counts', () => {
  const first = report(
    'Three arrested over forced labour in Wexbridge',
    'Three people were arrested on December 20 after workers were found forced to work below the minimum wage. More than 40 potential victims came forward.',
    '2025-12-22T10:00:00Z',
  );
  const later = report(
    'Modern slavery operation: call for awareness',
    'An operation targeting labour exploitation on Wednesday 20 December saw three people arrested. Almost 40 potential victims came forward at a reception centre.',
    '2025-12-28T10:00:00Z',
  );
  const otherDay = report(
    'Modern slavery operation: call for awareness',
    'An operation targeting labour exploitation on Wednesday 3 December saw three people arrested. Almost 40 potential victims came forward at a reception centre.',
    '2025-12-28T10:00:00Z',
  );

  it('counts a day of the month both reports name', () => {
    const c = compareReports(first, later);
    assert.ok(
      c.evidence.some((e) => e.startsWith('dates 12-20')),
      c.evidence.join('; '),
    );
    assert.equal(c.same, true, c.evidence.join('; '));
  });

  it('does not join the same wording about another day on the strength of the rest', () => {
    const c = compareReports(first, otherDay);
    assert.ok(!c.evidence.some((e) => e.startsWith('dates')));
    assert.equal(c.same, false, c.evidence.join('; '));
    assert.ok(compareReports(first, later).score - c.score >= SHARED_DATE);
  });

  it('adds to two or more counts in common', () => {
    const a = report('Raid', 'Police arrested 8 people and rescued 11 women from 17 premises.', '2025-03-01T10:00:00Z');
    const b = report('Raid', 'Eleven women were rescued and 8 people were arrested.', '2025-03-01T12:00:00Z');
    const c = compareReports(a, b);
    assert.ok(c.evidence.includes(`counts together +${COUNTS_TOGETHER}`), c.evidence.join('; '));
  });
});

describe('Thai dates and months', () => {
  it('a Thai date with its Buddhist-era year, and a month glued to the words before it', () => {
    assert.deepEqual(eventDates('เมื่อวันที่ 25 มีนาคม 2567 ตามแผน'), ['3-25']);
    assert.deepEqual(eventMonths('เมื่อวันที่ 25 มีนาคม 2567 ตามแผน'), ['m3', '2024-03']);
    assert.deepEqual(eventMonths('ได้รับการช่วยเหลือเมื่อปลายเดือนมีนาคม หลังตำรวจบุกตรวจ'), ['m3']);
  });
});

describe('the date of a law', () => {
  it('is no time of the case; a date after the law in another clause still is', () => {
    const text =
      'La loi 2005-06 du 10 mai 2005 relative à la traite punit la mendicité. Le 12 janvier 2025, un homme a été arrêté.';
    assert.deepEqual(eventDates(text), ['1-12']);
    assert.deepEqual(eventMonths(text), ['m1', '2025-01']);
    assert.deepEqual(eventDates('Under the Act of 12 March 2003, police on 4 June arrested two men.'), ['6-4']);
    assert.deepEqual(eventMonths('según la Ley 985 de agosto de 2005'), []);
  });
});
