import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Police and prosecutors' releases composed by us (fictional), in the plain style of Central and Eastern European
// agencies and in English, Spanish and German: suspects arrested, then "the suspects forced five young women, two of
// them minors, into prostitution". The victims' count comes after a verb of compulsion whose subject is the suspects
// (not an arrest), and "of whom" after the noun and a comma opens the next count's clause ("pet devojaka, od kojih
// su dve maloletne"). Ukrainian "примушували до праці" is forced labour; "у Києві" is Kyiv.
// Known gaps: a Romanian DIICOT release that names no country is not placed in Romania; a Czech town under 50,000
// people in a declined form ("v Chebu") is not found.
const CASES: [lang: string, title: string, text: string, victims: number][] = [
  [
    'pl',
    'Komunikat policji',
    'Policjanci z Komendy Wojewódzkiej w Katowicach zatrzymali dwóch mężczyzn podejrzanych o handel ludźmi. Według ustaleń śledczych zwerbowali oni sześć kobiet, które następnie zmuszali do prostytucji w agencjach towarzyskich.',
    6,
  ],
  [
    'el',
    'Ανακοίνωση ΕΛ.ΑΣ.',
    'Εξαρθρώθηκε εγκληματική οργάνωση που εκμεταλλευόταν σεξουαλικά αλλοδαπές γυναίκες στην Αθήνα. Συνελήφθησαν τέσσερα άτομα, ενώ ταυτοποιήθηκαν επτά θύματα.',
    7,
  ],
  [
    'bg',
    'Съобщение на МВР',
    'Служители на ГДБОП задържаха трима души за трафик на хора. Те са набирали жени от Сливен и са ги принуждавали да проституират в Нидерландия. Установени са осем пострадали.',
    8,
  ],
  [
    'hu',
    'Rendőrségi közlemény',
    'A rendőrök őrizetbe vettek két férfit, akik a gyanú szerint hat nőt kényszerítettek prostitúcióra Budapesten.',
    6,
  ],
  [
    'sr',
    'Saopštenje MUP',
    'Pripadnici policije uhapsili su tri osobe zbog trgovine ljudima. Osumnjičeni su primorali pet devojaka, od kojih su dve maloletne, na prostituciju u Novom Sadu.',
    5,
  ],
  [
    'uk',
    'Повідомлення поліції',
    'Поліцейські затримали двох чоловіків, які примушували до праці дванадцять людей на будівництві в Києві та відбирали в них паспорти.',
    12,
  ],
  [
    'en',
    'Three arrested',
    'Police arrested three people in Leeds. The suspects forced five young women, two of them minors, into prostitution.',
    5,
  ],
  [
    'es',
    'Tres detenidos',
    'La policía detuvo a tres personas en Sevilla. Los sospechosos obligaban a cinco jóvenes, dos de ellas menores, a prostituirse.',
    5,
  ],
  [
    'de',
    'Drei Festnahmen',
    'Die Polizei nahm drei Personen fest. Die Verdächtigen zwangen fünf junge Frauen, darunter zwei Minderjährige, zur Prostitution.',
    5,
  ],
];

describe('releases: arrests, then the suspects forced N people', () => {
  for (const [lang, title, text, victims] of CASES) {
    it(`${lang}: relevant, ${victims} victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, victims);
    });
  }
  it('uk: у Києві is Kyiv', async () => {
    const r = await analyze(CASES[5]![1], CASES[5]![2]);
    assert.deepEqual(r.countries, ['UA']);
  });
});
