import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in twelve languages (fictional; no third-party text): a girl of 15 sold by her
// family as a bride is rescued; the buyer and two brokers are arrested. Each language must read forced marriage, one
// victim, a minor.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Girl sold as a bride rescued',
    'Police rescued a 15-year-old girl who had been sold by her family as a bride to a man in another province for 2,000 dollars. The man and two brokers were arrested.',
  ],
  [
    'es',
    'Rescatada una niña vendida como esposa',
    'La policía rescató a una niña de 15 años que había sido vendida por su familia como esposa a un hombre de otra provincia por 2.000 dólares. El hombre y dos intermediarios fueron detenidos.',
  ],
  [
    'fr',
    'Une adolescente vendue comme épouse libérée',
    "La police a libéré une adolescente de 15 ans qui avait été vendue par sa famille comme épouse à un homme d'une autre province pour 2 000 dollars. L'homme et deux intermédiaires ont été arrêtés.",
  ],
  [
    'it',
    'Liberata una ragazzina venduta come sposa',
    "La polizia ha liberato una ragazzina di 15 anni che era stata venduta dalla famiglia come sposa a un uomo di un'altra provincia per 2.000 dollari. L'uomo e due intermediari sono stati arrestati.",
  ],
  [
    'de',
    'Als Braut verkauftes Mädchen befreit',
    'Die Polizei hat ein 15-jähriges Mädchen befreit, das von seiner Familie für 2.000 Dollar als Braut an einen Mann in einer anderen Provinz verkauft worden war. Der Mann und zwei Vermittler wurden festgenommen.',
  ],
  [
    'ro',
    'Fată vândută ca mireasă, salvată de poliție',
    'Poliția a salvat o fată de 15 ani care fusese vândută de familie ca mireasă unui bărbat din alt județ pentru 2.000 de dolari. Bărbatul și doi intermediari au fost reținuți.',
  ],
  [
    'bg',
    'Спасиха момиче, продадено за булка',
    'Полицията спаси 15-годишно момиче, продадено от семейството си като булка на мъж от друга област за 2000 долара. Мъжът и двама посредници са задържани.',
  ],
  [
    'vi',
    'Giải cứu thiếu nữ bị bán làm vợ',
    'Công an đã giải cứu một thiếu nữ 15 tuổi bị gia đình bán làm vợ cho một người đàn ông ở tỉnh khác với giá 2.000 đô la. Người đàn ông và hai môi giới đã bị bắt.',
  ],
  [
    'id',
    'Remaja yang dijual sebagai pengantin diselamatkan',
    'Polisi menyelamatkan seorang remaja berusia 15 tahun yang dijual keluarganya sebagai pengantin kepada seorang pria di provinsi lain seharga 2.000 dolar. Pria itu dan dua calo ditangkap.',
  ],
  [
    'tr',
    'Gelin olarak satılan kız kurtarıldı',
    'Polis, ailesi tarafından başka bir ildeki bir adama 2 bin dolara gelin olarak satılan 15 yaşındaki kızı kurtardı. Adam ve iki aracı gözaltına alındı.',
  ],
  [
    'el',
    'Διασώθηκε κορίτσι που πουλήθηκε ως νύφη',
    'Η αστυνομία διέσωσε ένα 15χρονο κορίτσι που είχε πουληθεί από την οικογένειά του ως νύφη σε άνδρα άλλης επαρχίας για 2.000 δολάρια. Ο άνδρας και δύο μεσάζοντες συνελήφθησαν.',
  ],
  [
    'pt',
    'Resgatada menina vendida como noiva',
    'A polícia resgatou uma menina de 15 anos que tinha sido vendida pela família como noiva a um homem de outra província por 2 mil dólares. O homem e dois intermediários foram presos.',
  ],
];

describe('one case of a girl sold as a bride, told in twelve languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: forced marriage, one minor victim`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['forced_marriage']);
      assert.equal(r.victims, 1);
      assert.equal(r.minors, true);
    });
  }
});
