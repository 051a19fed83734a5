import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { privacyFlags } from '../../../src/analyze/privacy/flags.ts';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text, no real person.
describe('survivor-centred language flags', () => {
  const cases: [string, string, string][] = [
    [
      'child prostitutes',
      'The police said the child prostitutes were trafficked.',
      'child victims of sexual exploitation',
    ],
    [
      'child porn',
      'He was charged with trafficking children and possessing child porn.',
      'child sexual abuse material',
    ],
    [
      'prostitución infantil',
      'La red de trata de personas se dedicaba a la prostitución infantil.',
      'explotación sexual de niñas, niños y adolescentes',
    ],
    [
      'Kinderprostitution',
      'Die Polizei ermittelt wegen Menschenhandel und Kinderprostitution.',
      'sexuelle Ausbeutung von Kindern',
    ],
  ];
  for (const [term, text, suggestion] of cases) {
    it(`flags "${term}" with the suggested wording`, async () => {
      const a = await analyze('Trafficking case', text);
      const flag = a.flags.find((f) => f.kind === 'language' && f.quote.toLowerCase() === term.toLowerCase());
      assert.ok(flag, JSON.stringify(a.flags));
      assert.equal(flag.suggestion, suggestion);
      assert.equal(`Trafficking case\n\n${text}`.slice(flag.start, flag.end), flag.quote);
    });
  }

  it('leaves survivor-centred wording alone', async () => {
    const a = await analyze('Trafficking case', 'Police rescued sexually exploited children from traffickers.');
    assert.deepEqual(
      a.flags.filter((f) => f.kind === 'language'),
      [],
    );
  });
});

describe('privacy flags', () => {
  it('flags a child victim named with an age', () => {
    const text = 'Police said Amina Bello, 14, was rescued from the traffickers.';
    const flags = privacyFlags(text, true);
    assert.equal(flags[0]?.kind, 'privacy');
    assert.equal(flags[0]?.quote, 'Amina Bello, 14,');
    assert.equal(text.slice(flags[0]!.start, flags[0]!.end), flags[0]!.quote);
  });

  it('flags a named victim, an exact address and a child’s school', () => {
    const text =
      'The victim, identified as Rosa Lima, lived at 12 Harbour Street. The girl attended Hillside Primary School.';
    const quotes = privacyFlags(text, true).map((f) => f.quote);
    assert.ok(quotes.includes('Rosa Lima'), JSON.stringify(quotes));
    assert.ok(quotes.includes('12 Harbour Street'), JSON.stringify(quotes));
    assert.ok(quotes.includes('Hillside Primary School'), JSON.stringify(quotes));
  });

  it('flags an address written street word first, abbreviations included', () => {
    const quotes = privacyFlags('La joven vivía en Calle Mayor 15 y trabajaba en Jl. Merdeka 8.', false).map(
      (f) => f.quote,
    );
    assert.deepEqual(quotes, ['Calle Mayor 15', 'Jl. Merdeka 8']);
    assert.deepEqual(
      privacyFlags('He lived at 7 Old Mill Rd. near the port.', false).map((f) => f.quote),
      ['7 Old Mill Rd.'],
    );
  });

  it('does not read a list of numbers as an age', () => {
    assert.deepEqual(privacyFlags('Police in Lagos, 13, 7 and 17 victims were counted.', true), []);
  });

  it('does not flag adults’ ages or a school when no child is involved', () => {
    const text = 'Maria Costa, 34, a teacher at Hillside Primary School, was arrested.';
    assert.deepEqual(privacyFlags(text, false), []);
  });

  it('is part of the analysis of a relevant article', async () => {
    const a = await analyze(
      'Girl rescued',
      'Police said Amina Bello, 14, was rescued from sex traffickers in the city.',
    );
    assert.ok(a.flags.some((f) => f.kind === 'privacy'));
  });
});
