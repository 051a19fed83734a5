import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Two cases composed by us (fictional; no third-party text), each told in many languages: eleven Romanians and one
// Bulgarian freed from forced farm work (a nationality after "one" is one more person), and twelve women and five
// children freed from forced begging (two groups joined by "and" are one count).
const CASES: [lang: string, title: string, text: string, victims: number][] = [
  [
    'pl',
    'Policja uwolniła robotników z farmy',
    'Policja uwolniła jedenastu Rumunów i jednego Bułgara zmuszanych do pracy bez wynagrodzenia na farmie pod Poznaniem. Zatrzymano trzech mężczyzn.',
    12,
  ],
  [
    'ru',
    'Полиция освободила рабочих с фермы',
    'Полиция освободила одиннадцать румын и одного болгарина, которых заставляли работать без оплаты на ферме под Краснодаром. Задержаны трое мужчин.',
    12,
  ],
  [
    'el',
    'Απελευθερώθηκαν εργάτες από φάρμα',
    'Η αστυνομία απελευθέρωσε έντεκα Ρουμάνους και έναν Βούλγαρο που εξαναγκάζονταν να εργάζονται χωρίς αμοιβή σε φάρμα κοντά στη Λάρισα. Συνελήφθησαν τρεις άνδρες.',
    12,
  ],
  [
    'en',
    'Workers freed at a farm',
    'Police freed eleven Romanians and one Bulgarian who had been forced to work without pay on a farm near Leeds. Three men were arrested.',
    12,
  ],
  [
    'es',
    'Liberados trabajadores en una finca',
    'La policía liberó a once rumanos y un búlgaro que eran obligados a trabajar sin sueldo en una finca cerca de Almería. Tres hombres fueron detenidos.',
    12,
  ],
  [
    'pt',
    'Trabalhadores libertados numa quinta',
    'A polícia libertou onze romenos e um búlgaro que eram obrigados a trabalhar sem salário numa quinta perto de Beja. Três homens foram detidos.',
    12,
  ],
  [
    'fr',
    'Des ouvriers libérés dans une ferme',
    'La police a libéré onze Roumains et un Bulgare contraints de travailler sans salaire dans une ferme près de Nîmes. Trois hommes ont été interpellés.',
    12,
  ],
  [
    'it',
    "Braccianti liberati in un'azienda agricola",
    "La polizia ha liberato undici romeni e un bulgaro costretti a lavorare senza paga in un'azienda agricola vicino a Latina. Tre uomini sono stati arrestati.",
    12,
  ],
  [
    'de',
    'Arbeiter auf einem Hof befreit',
    'Die Polizei hat elf Rumänen und einen Bulgaren befreit, die auf einem Hof bei Oldenburg gezwungen wurden, ohne Lohn zu arbeiten. Drei Männer wurden festgenommen.',
    12,
  ],
  [
    'nl',
    'Arbeiders bevrijd op een boerderij',
    'De politie heeft elf Roemenen en een Bulgaar bevrijd die werden gedwongen zonder loon te werken op een boerderij bij Venlo. Drie mannen zijn aangehouden.',
    12,
  ],
  [
    'ro',
    'Muncitori eliberați de la o fermă',
    'Poliția a eliberat unsprezece români și un bulgar obligați să muncească fără plată la o fermă de lângă Constanța. Trei bărbați au fost reținuți.',
    12,
  ],
  [
    'cs',
    'Policie osvobodila dělníky z farmy',
    'Policie osvobodila jedenáct Rumunů a jednoho Bulhara, kteří byli nuceni pracovat bez mzdy na farmě u Brna. Tři muži byli zadrženi.',
    12,
  ],
  [
    'en',
    'Women and children rescued',
    'Police rescued twelve women and five children who were being forced to beg in the streets of Manchester. Four suspects were arrested.',
    17,
  ],
  [
    'es',
    'Rescatadas mujeres y niños',
    'La policía rescató a doce mujeres y cinco niños a los que obligaban a mendigar en las calles de Sevilla. Cuatro sospechosos fueron detenidos.',
    17,
  ],
  [
    'fr',
    'Des femmes et des enfants secourus',
    'La police a secouru douze femmes et cinq enfants contraints de mendier dans les rues de Lyon. Quatre suspects ont été interpellés.',
    17,
  ],
  [
    'de',
    'Frauen und Kinder gerettet',
    'Die Polizei hat zwölf Frauen und fünf Kinder gerettet, die in den Straßen von Köln zum Betteln gezwungen wurden. Vier Verdächtige wurden festgenommen.',
    17,
  ],
  [
    'it',
    'Salvate donne e bambini',
    "La polizia ha salvato dodici donne e cinque bambini costretti a chiedere l'elemosina per le strade di Napoli. Quattro sospettati sono stati arrestati.",
    17,
  ],
  [
    'id',
    'Perempuan dan anak diselamatkan',
    'Polisi menyelamatkan dua belas perempuan dan lima anak yang dipaksa mengemis di jalanan Surabaya. Empat tersangka ditangkap.',
    17,
  ],
  [
    'vi',
    'Giải cứu phụ nữ và trẻ em',
    'Công an đã giải cứu mười hai phụ nữ và năm trẻ em bị ép đi ăn xin trên đường phố Hà Nội. Bốn nghi phạm bị bắt giữ.',
    17,
  ],
  [
    'ru',
    'Спасены женщины и дети',
    'Полиция спасла двенадцать женщин и пятерых детей, которых заставляли попрошайничать на улицах Самары. Задержаны четверо подозреваемых.',
    17,
  ],
  [
    'tr',
    'Kadınlar ve çocuklar kurtarıldı',
    'Polis, İzmir sokaklarında dilendirilen on iki kadın ve beş çocuğu kurtardı. Dört şüpheli gözaltına alındı.',
    17,
  ],
  [
    'pt',
    'Mulheres e crianças resgatadas',
    'A polícia resgatou doze mulheres e cinco crianças obrigadas a mendigar nas ruas do Porto. Quatro suspeitos foram detidos.',
    17,
  ],
];

describe('groups of victims joined by "and", told in many languages', () => {
  for (const [lang, title, text, victims] of CASES) {
    it(`${lang}: relevant, ${victims} victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, victims);
    });
  }
});
