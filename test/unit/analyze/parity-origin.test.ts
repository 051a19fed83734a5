import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hungarianAdjective } from '../../../src/analyze/geo/compile/countries.ts';
import { analyze } from './helpers.ts';

// One case composed by us and told in eighteen languages (fictional; no third-party text): twelve Nigerian women forced
// into prostitution are freed in a capital or large city and four suspects arrested. Each language must read the form,
// the count, the place and the victims' country.
const CASES: [lang: string, title: string, text: string, home: string][] = [
  [
    'en',
    'Twelve Nigerian women freed in Madrid',
    'Police in Madrid freed twelve Nigerian women who had been forced into prostitution. Four suspects were arrested for human trafficking.',
    'ES',
  ],
  [
    'es',
    'Liberadas doce mujeres nigerianas en Madrid',
    'La Policía Nacional liberó en Madrid a doce mujeres nigerianas obligadas a prostituirse. Cuatro sospechosos fueron detenidos por trata de seres humanos.',
    'ES',
  ],
  [
    'pt',
    'Libertadas doze mulheres nigerianas em Lisboa',
    'A polícia libertou em Lisboa doze mulheres nigerianas obrigadas a prostituir-se. Quatro suspeitos foram detidos por tráfico de seres humanos.',
    'PT',
  ],
  [
    'fr',
    'Douze Nigérianes libérées à Lyon',
    'La police a libéré à Lyon douze femmes nigérianes contraintes à la prostitution. Quatre suspects ont été interpellés pour traite des êtres humains.',
    'FR',
  ],
  [
    'it',
    'Liberate dodici donne nigeriane a Torino',
    'La polizia ha liberato a Torino dodici donne nigeriane costrette a prostituirsi. Quattro sospettati sono stati arrestati per tratta di esseri umani.',
    'IT',
  ],
  [
    'de',
    'Zwölf Nigerianerinnen in Köln befreit',
    'Die Polizei hat in Köln zwölf Nigerianerinnen befreit, die zur Prostitution gezwungen wurden. Vier Verdächtige wurden wegen Menschenhandels festgenommen.',
    'DE',
  ],
  [
    'nl',
    'Twaalf Nigeriaanse vrouwen bevrijd in Antwerpen',
    'De politie heeft in Antwerpen twaalf Nigeriaanse vrouwen bevrijd die tot prostitutie werden gedwongen. Vier verdachten zijn aangehouden voor mensenhandel.',
    'BE',
  ],
  [
    'ro',
    'Douăsprezece nigeriene eliberate la București',
    'Poliția a eliberat la București douăsprezece femei nigeriene obligate să se prostitueze. Patru suspecți au fost reținuți pentru trafic de persoane.',
    'RO',
  ],
  [
    'pl',
    'Dwanaście Nigeryjek uwolnionych w Warszawie',
    'Policja uwolniła w Warszawie dwanaście Nigeryjek zmuszanych do prostytucji. Czterech podejrzanych zatrzymano za handel ludźmi.',
    'PL',
  ],
  [
    'ru',
    'Двенадцать нигериек освобождены в Москве',
    'Полиция освободила в Москве двенадцать нигериек, которых принуждали к проституции. Четверо подозреваемых задержаны за торговлю людьми.',
    'RU',
  ],
  [
    'bg',
    'Дванадесет нигерийки освободени в София',
    'Полицията освободи в София дванадесет нигерийки, принуждавани да проституират. Четирима заподозрени са задържани за трафик на хора.',
    'BG',
  ],
  [
    'el',
    'Δώδεκα Νιγηριανές απελευθερώθηκαν στην Αθήνα',
    'Η αστυνομία απελευθέρωσε στην Αθήνα δώδεκα Νιγηριανές που εξαναγκάζονταν σε πορνεία. Τέσσερις ύποπτοι συνελήφθησαν για εμπορία ανθρώπων.',
    'GR',
  ],
  [
    'tr',
    "İstanbul'da on iki Nijeryalı kadın kurtarıldı",
    "Polis İstanbul'da fuhuşa zorlanan on iki Nijeryalı kadını kurtardı. Dört şüpheli insan ticareti suçundan gözaltına alındı.",
    'TR',
  ],
  [
    'id',
    'Dua belas perempuan Nigeria diselamatkan di Jakarta',
    'Polisi menyelamatkan dua belas perempuan asal Nigeria yang dipaksa menjadi pekerja seks di Jakarta. Empat tersangka ditangkap atas dugaan perdagangan orang.',
    'ID',
  ],
  [
    'hu',
    'Tizenkét nigériai nőt szabadítottak ki Budapesten',
    'A rendőrök Budapesten tizenkét nigériai nőt szabadítottak ki, akiket prostitúcióra kényszerítettek. Négy gyanúsítottat emberkereskedelem miatt őrizetbe vettek.',
    'HU',
  ],
  [
    'cs',
    'Dvanáct Nigerijek osvobozeno v Praze',
    'Policie v Praze osvobodila dvanáct Nigerijek, které byly nuceny k prostituci. Čtyři podezřelí byli zadrženi kvůli obchodování s lidmi.',
    'CZ',
  ],
  [
    'sr',
    'Dvanaest Nigerijki oslobođeno u Beogradu',
    'Policija je u Beogradu oslobodila dvanaest Nigerijki koje su bile prisiljene na prostituciju. Četvorica osumnjičenih uhapšena su zbog trgovine ljudima.',
    'RS',
  ],
  [
    'vi',
    'Mười hai phụ nữ Nigeria được giải cứu',
    'Công an TP.HCM đã giải cứu mười hai phụ nữ Nigeria bị ép bán dâm. Bốn nghi phạm bị bắt vì tội mua bán người.',
    'VN',
  ],
];

describe('one case of women freed from sexual exploitation, told in eighteen languages', () => {
  for (const [lang, title, text, home] of CASES) {
    it(`${lang}: sexual, 12 victims, ${home} and NG`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['sexual']);
      assert.equal(r.victims, 12);
      assert.deepEqual([...r.countries].sort(), [home, 'NG'].sort());
    });
  }
  it('makes Hungarian place adjectives by adding -i to one-word names', () => {
    assert.deepEqual(hungarianAdjective('Nigéria'), ['nigériai']);
    assert.deepEqual(hungarianAdjective('Thaiföld'), ['thaiföldi']);
    assert.deepEqual(hungarianAdjective('Mali'), []);
    assert.deepEqual(hungarianAdjective('Sri Lanka'), []);
  });
});
