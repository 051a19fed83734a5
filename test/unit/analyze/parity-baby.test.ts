import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in fourteen languages (fictional; no third-party text): a mother sold her newborn
// baby to a couple; she and the buyers were arrested. Each language must read a relevant case of illegal adoption
// with one victim, a minor (the mother is the suspect, not an adult victim).
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Woman arrested for selling her newborn baby',
    'Police in Lagos arrested a woman who sold her newborn baby to a childless couple for 500,000 naira. The buyers were also arrested.',
  ],
  [
    'es',
    'Detenida una mujer por vender a su bebé recién nacido',
    'La policía detuvo en Lima a una mujer que vendió a su bebé recién nacido a una pareja por 3.000 dólares. Los compradores también fueron detenidos.',
  ],
  [
    'pt',
    'Mulher presa por vender o filho recém-nascido',
    'A polícia prendeu em Recife uma mulher que vendeu o filho recém-nascido a um casal por 5 mil reais. Os compradores também foram presos.',
  ],
  [
    'fr',
    'Une femme arrêtée pour avoir vendu son nouveau-né',
    'La police a arrêté à Abidjan une femme qui avait vendu son nouveau-né à un couple pour 2 millions de francs CFA. Les acheteurs ont aussi été interpellés.',
  ],
  [
    'it',
    'Arrestata una donna che ha venduto il figlio neonato',
    'La polizia ha arrestato a Napoli una donna che aveva venduto il figlio neonato a una coppia per 20 mila euro. Arrestati anche gli acquirenti.',
  ],
  [
    'de',
    'Frau wegen Verkaufs ihres Neugeborenen festgenommen',
    'Die Polizei hat in Sofia eine Frau festgenommen, die ihr neugeborenes Baby für 10.000 Euro an ein Paar verkauft hatte. Auch die Käufer wurden festgenommen.',
  ],
  [
    'ro',
    'Femeie reținută pentru că și-a vândut nou-născutul',
    'Poliția a reținut la Iași o femeie care și-a vândut copilul nou-născut unui cuplu pentru 5.000 de euro. Și cumpărătorii au fost reținuți.',
  ],
  [
    'pl',
    'Kobieta zatrzymana za sprzedaż noworodka',
    'Policja zatrzymała w Łodzi kobietę, która sprzedała swoje nowo narodzone dziecko parze za 20 tysięcy złotych. Zatrzymano również kupujących.',
  ],
  [
    'ru',
    'Женщина задержана за продажу новорождённого',
    'Полиция задержала в Самаре женщину, которая продала своего новорождённого ребёнка паре за 300 тысяч рублей. Покупатели также задержаны.',
  ],
  [
    'bg',
    'Жена задържана за продажба на бебето си',
    'Полицията задържа в Бургас жена, продала новороденото си бебе на двойка за 10 000 лева. Купувачите също са задържани.',
  ],
  [
    'el',
    'Γυναίκα συνελήφθη για πώληση του νεογέννητου μωρού της',
    'Η αστυνομία συνέλαβε στη Θεσσαλονίκη μια γυναίκα που πούλησε το νεογέννητο μωρό της σε ζευγάρι για 20.000 ευρώ. Συνελήφθησαν και οι αγοραστές.',
  ],
  [
    'tr',
    'Bebeğini satan kadın gözaltına alındı',
    "Polis Gaziantep'te yeni doğan bebeğini bir çifte 50 bin liraya satan kadını gözaltına aldı. Alıcılar da gözaltına alındı.",
  ],
  [
    'id',
    'Ibu ditangkap karena menjual bayinya',
    'Polisi menangkap seorang ibu di Bekasi yang menjual bayinya yang baru lahir kepada pasangan suami istri seharga Rp 15 juta. Pembeli bayi juga ditangkap.',
  ],
  [
    'vi',
    'Người mẹ bị bắt vì bán con mới sinh',
    'Công an tỉnh Nghệ An bắt giữ một người mẹ đã bán đứa con mới sinh cho một cặp vợ chồng với giá 50 triệu đồng. Người mua cũng bị bắt.',
  ],
];

describe('one case of a newborn sold, told in fourteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, illegal adoption, one minor victim`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['illegal_adoption']);
      assert.equal(r.victims, 1);
      assert.equal(r.minors, true);
    });
  }
});
