import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Written by us: countries that help, refer or report on a case are not where it happened (issue 14).
type Case = [lang: string, text: string, want: string[]];

function check(cases: Case[]): void {
  for (const [lang, text, want] of cases) {
    it(`${lang}: ${text.slice(0, 70)}`, () => assert.deepEqual(countries(text, lang), [...want].sort()));
  }
}

describe('a partner or referring agency is named in passing', () => {
  check([
    ['en', 'Police in Cavite rescued 14 children after a referral from the Australian Federal Police.', ['PH']],
    [
      'en',
      'Police in Cebu rescued a girl. The case was referred by the Federal Bureau of Investigation (FBI).',
      ['PH'],
    ],
    ['en', 'Officers in Lagos freed 12 women in cooperation with Dutch authorities.', ['NG']],
    [
      'es',
      'La Policía Nacional, en colaboración con la policía de Perú, liberó a siete mujeres en Fuengirola.',
      ['ES'],
    ],
    ['fr', 'La police a libéré dix femmes à Lyon, en coopération avec les autorités de la Roumanie.', ['FR']],
    ['hr', 'Akcija pod vodstvom Austrije i Rumunjske: hrvatska policija spasila je dva dječaka u Zagrebu.', ['HR']],
    ['ro', 'Poliția din Timișoara a eliberat zece femei în colaborare cu poliția din Italia.', ['RO']],
    ['id', 'Polisi di Medan menyelamatkan 12 perempuan bekerja sama dengan kepolisian Malaysia.', ['ID']],
  ]);
  it('a partner country that is also a place of the story stays', () => {
    const text = 'Women from Romania were freed in Madrid in cooperation with Romanian police.';
    assert.deepEqual(countries(text), ['ES', 'RO']);
  });
});

describe('a report named by its publisher and year is not a place', () => {
  check([
    ['en', 'Thailand was upgraded in the United States’ 2016 Trafficking in Persons Report.', ['TH']],
    ['en', 'Police in Kampala freed two women, the US 2019 TIP report noted earlier.', ['UG']],
  ]);
});
