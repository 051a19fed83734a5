import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in fourteen languages: police free ten people, four
// of them children, from a brothel and arrest two women. The part ("four of them children") says minors and does not
// replace the count. A brothel is a place of sexual exploitation in every lexicon that reads this case.
// German and Indonesian are left out: there a brothel word alone also fills a rape case and a prostitution-policy
// debate of the dev sets, so it is not a sign of exploitation by itself (a known gap for this wording).
const CASES: [lang: string, title: string, text: string][] = [
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

describe('ten people, four of them children, freed from a brothel, told in fourteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, ten victims, minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 10);
      assert.equal(r.minors, true);
    });
  }
});
