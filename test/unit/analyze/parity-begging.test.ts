import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in eighteen languages (fictional; no third-party text): seven children forced to
// beg are rescued and two adults arrested. Each language must read the form, the count and that they are minors.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Police rescue seven children forced to beg',
    'Police in Birmingham rescued seven children who were forced to beg on the streets. Two adults were arrested on suspicion of human trafficking.',
  ],
  [
    'es',
    'La policía rescata a siete niños obligados a mendigar',
    'La Policía rescató en Zaragoza a siete niños obligados a mendigar en la calle. Dos adultos fueron detenidos por trata de seres humanos.',
  ],
  [
    'pt',
    'Polícia resgata sete crianças obrigadas a mendigar',
    'A polícia resgatou em Lisboa sete crianças obrigadas a mendigar na rua. Dois adultos foram detidos por tráfico de seres humanos.',
  ],
  [
    'fr',
    'La police libère sept enfants forcés à mendier',
    'La police a libéré à Marseille sept enfants forcés à mendier dans la rue. Deux adultes ont été interpellés pour traite des êtres humains.',
  ],
  [
    'it',
    'Polizia salva sette bambini costretti a mendicare',
    'La polizia ha salvato a Napoli sette bambini costretti a mendicare per strada. Due adulti sono stati arrestati per tratta di esseri umani.',
  ],
  [
    'de',
    'Polizei rettet sieben Kinder vor Bettelei',
    'Die Polizei hat in Berlin sieben Kinder befreit, die zum Betteln gezwungen wurden. Zwei Erwachsene wurden wegen Menschenhandels festgenommen.',
  ],
  [
    'ro',
    'Poliția a salvat șapte copii obligați să cerșească',
    'Poliția din Brașov a salvat șapte copii obligați să cerșească pe stradă. Doi adulți au fost reținuți pentru trafic de persoane.',
  ],
  [
    'pl',
    'Policja uratowała siedmioro dzieci zmuszanych do żebrania',
    'Policja w Warszawie uratowała siedmioro dzieci zmuszanych do żebrania na ulicy. Dwie dorosłe osoby zatrzymano za handel ludźmi.',
  ],
  [
    'ru',
    'Полиция спасла семерых детей',
    'Полиция в Москве спасла семерых детей, которых заставляли попрошайничать на улице. Двое взрослых задержаны по подозрению в торговле людьми.',
  ],
  [
    'bg',
    'Полицията спаси седем деца',
    'Полицията в София спаси седем деца, принуждавани да просят по улиците. Двама възрастни са задържани за трафик на хора.',
  ],
  [
    'el',
    'Η αστυνομία διέσωσε επτά παιδιά',
    'Η αστυνομία στη Θεσσαλονίκη διέσωσε επτά παιδιά που εξαναγκάζονταν σε επαιτεία. Δύο ενήλικες συνελήφθησαν για εμπορία ανθρώπων.',
  ],
  [
    'tr',
    'Polis yedi çocuğu kurtardı',
    "Polis Ankara'da dilendirilen yedi çocuğu kurtardı. İki yetişkin insan ticareti şüphesiyle gözaltına alındı.",
  ],
  [
    'id',
    'Polisi selamatkan tujuh anak',
    'Polisi di Jakarta menyelamatkan tujuh anak yang dipaksa mengemis di jalan. Dua orang dewasa ditangkap atas dugaan perdagangan orang.',
  ],
  [
    'vi',
    'Công an giải cứu bảy trẻ em',
    'Công an Hà Nội đã giải cứu bảy trẻ em bị ép đi ăn xin trên đường phố. Hai người lớn bị bắt vì tội mua bán người.',
  ],
  [
    'hu',
    'Rendőrök hét gyereket mentettek meg',
    'A rendőrök Budapesten hét gyereket mentettek meg, akiket koldulásra kényszerítettek. Két felnőttet emberkereskedelem miatt őrizetbe vettek.',
  ],
  [
    'cs',
    'Policie zachránila sedm dětí',
    'Policie v Praze zachránila sedm dětí, které byly nuceny žebrat na ulici. Dva dospělí byli zadrženi kvůli obchodování s lidmi.',
  ],
  [
    'sr',
    'Policija spasila sedmoro dece',
    'Policija u Beogradu spasila je sedmoro dece koja su bila prisiljena da prose na ulici. Dvoje odraslih uhapšeno je zbog trgovine ljudima.',
  ],
  [
    'nl',
    'Politie redt zeven kinderen',
    'De politie heeft in Amsterdam zeven kinderen gered die werden gedwongen te bedelen. Twee volwassenen zijn aangehouden voor mensenhandel.',
  ],
];

describe('one case of forced begging in eighteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: forced begging, 7 victims, minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['forced_begging']);
      assert.equal(r.victims, 7);
      assert.equal(r.minors, true);
    });
  }
});
