import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in sixteen languages: police free ten people, four
// of them children, from a brothel and arrest two women. The part ("four of them children") says minors and does not
// replace the count. People freed from a brothel are victims of sexual exploitation (a liberation and the sex trade in
// one clause).
const CASES: [lang: string, title: string, text: string][] = [
  [
    'id',
    'Sepuluh orang diselamatkan dari rumah bordil',
    'Polisi pada Selasa menyelamatkan sepuluh orang, empat di antaranya anak-anak, dari sebuah rumah bordil di Surabaya. Dua perempuan ditangkap.',
  ],
  [
    'de',
    'Zehn Menschen aus Bordell befreit',
    'Die Polizei hat am Dienstag zehn Menschen, darunter vier Kinder, aus einem Bordell in Dortmund befreit. Zwei Frauen wurden festgenommen.',
  ],
  [
    'en',
    'Ten people rescued from a brothel',
    'Police rescued ten people, four of them children, from a brothel in Lagos on Tuesday. Two women were arrested.',
  ],
  [
    'es',
    'Rescatadas diez personas de un prostíbulo',
    'La policía rescató el martes a diez personas, cuatro de ellas menores, de un prostíbulo de Lima. Dos mujeres fueron detenidas.',
  ],
  [
    'pt',
    'Resgatadas dez pessoas de um bordel',
    'A polícia resgatou na terça-feira dez pessoas, quatro delas menores, de um bordel em Belém. Duas mulheres foram presas.',
  ],
  [
    'fr',
    "Dix personnes libérées d'une maison close",
    "La police a libéré mardi dix personnes, dont quatre mineurs, d'une maison close à Abidjan. Deux femmes ont été interpellées.",
  ],
  [
    'it',
    'Liberate dieci persone da un bordello',
    'La polizia ha liberato martedì dieci persone, di cui quattro minorenni, da un bordello a Torino. Due donne sono state arrestate.',
  ],
  [
    'nl',
    'Tien mensen bevrijd uit bordeel',
    'De politie heeft dinsdag tien mensen, onder wie vier kinderen, bevrijd uit een bordeel in Rotterdam. Twee vrouwen zijn aangehouden.',
  ],
  [
    'ro',
    'Zece persoane salvate dintr-un bordel',
    'Poliția a salvat marți zece persoane, dintre care patru minori, dintr-un bordel din Iași. Două femei au fost reținute.',
  ],
  [
    'pl',
    'Policja uwolniła dziesięć osób z domu publicznego',
    'Policja uwolniła we wtorek dziesięć osób, w tym czworo dzieci, z domu publicznego w Gdańsku. Zatrzymano dwie kobiety.',
  ],
  [
    'ru',
    'Из борделя освобождены десять человек',
    'Полиция во вторник освободила из борделя в Самаре десять человек, в том числе четырех детей. Задержаны две женщины.',
  ],
  [
    'vi',
    'Giải cứu mười người khỏi nhà chứa',
    'Ngày thứ Ba, công an đã giải cứu mười người, trong đó có bốn trẻ em, khỏi một nhà chứa ở Hải Phòng. Hai phụ nữ bị bắt giữ.',
  ],
  [
    'tr',
    'Genelevden on kişi kurtarıldı',
    "Polis salı günü Antalya'daki bir genelevden, dördü çocuk on kişiyi kurtardı. İki kadın gözaltına alındı.",
  ],
  [
    'el',
    'Απελευθερώθηκαν δέκα άτομα από οίκο ανοχής',
    'Η αστυνομία απελευθέρωσε την Τρίτη δέκα άτομα, μεταξύ των οποίων τέσσερα παιδιά, από οίκο ανοχής στη Θεσσαλονίκη. Συνελήφθησαν δύο γυναίκες.',
  ],
  [
    'cs',
    'Z nevěstince osvobodili deset lidí',
    'Policie v úterý osvobodila z nevěstince v Ostravě deset lidí, z toho čtyři děti. Zadrženy byly dvě ženy.',
  ],
  [
    'hu',
    'Tíz embert szabadítottak ki egy bordélyházból',
    'A rendőrség kedden tíz embert, köztük négy gyermeket szabadított ki egy debreceni bordélyházból. Két nőt őrizetbe vettek.',
  ],
];

describe('ten people, four of them children, freed from a brothel, told in sixteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, ten victims, minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 10);
      assert.equal(r.minors, true);
    });
  }
});
