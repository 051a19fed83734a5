import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text): police free eleven Romanians and one Bulgarian forced to
// work on a farm, and three men are arrested. Told in languages that decline their nationality words, where the one
// Bulgarian is named in an oblique case ("jednego Bułgara", "jednoho Bulhara", "одного болгарина" in Russian and in
// Ukrainian, "jednog Bugarina", "έναν Βούλγαρο"; Bulgarian "един българин" has no case): the gazetteer lists those forms
// (data/gazetteer/demonyms.tsv), so the Bulgarian is read as a nationality and Bulgaria is a country of the case.
// The plural group after the number ("jedenastu Rumunów", "одиннадцать румын", "έντεκα Ρουμάνους") is read as people
// (lexicon flag nationalNouns), and "and one Bulgarian" joins it: 12 victims.
// Slovak (no lexicon) and Serbian in Cyrillic read the case as not relevant, and are left out.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'pl',
    'Policja uwolniła robotników z farmy',
    'Policja uwolniła jedenastu Rumunów i jednego Bułgara, których zmuszano do pracy bez wynagrodzenia na farmie pod Lublinem. Zatrzymano trzech mężczyzn.',
  ],
  [
    'cs',
    'Policie osvobodila dělníky ze statku',
    'Policie osvobodila jedenáct Rumunů a jednoho Bulhara, které nutili pracovat bez mzdy na statku u Olomouce. Zadrženi byli tři muži.',
  ],
  [
    'ru',
    'Полиция освободила рабочих с фермы',
    'Полиция освободила одиннадцать румын и одного болгарина, которых заставляли работать без оплаты на ферме под Воронежем. Задержаны трое мужчин.',
  ],
  [
    'uk',
    'Поліція звільнила робітників з ферми',
    'Поліція звільнила одинадцять румунів і одного болгарина, яких змушували працювати без оплати на фермі поблизу Полтави. Затримано трьох чоловіків.',
  ],
  [
    'sr',
    'Policija oslobodila radnike sa farme',
    'Policija je oslobodila jedanaest Rumuna i jednog Bugarina koje su primoravali da rade bez plate na farmi kod Sombora. Uhapšena su tri muškarca.',
  ],
  [
    'hr',
    'Policija oslobodila radnike s farme',
    'Policija je oslobodila jedanaest Rumunja i jednog Bugarina koji su bili prisiljeni raditi bez plaće na farmi kraj Osijeka. Uhićena su trojica muškaraca.',
  ],
  [
    'el',
    'Η αστυνομία απελευθέρωσε εργάτες από αγρόκτημα',
    'Η αστυνομία απελευθέρωσε έντεκα Ρουμάνους και έναν Βούλγαρο που αναγκάζονταν να δουλεύουν χωρίς αμοιβή σε αγρόκτημα κοντά στη Λάρισα. Συνελήφθησαν τρεις άνδρες.',
  ],
  [
    'bg',
    'Полицията освободи работници от ферма',
    'Полицията освободи единадесет румънци и един българин, принуждавани да работят без заплащане във ферма край Пловдив. Задържани са трима мъже.',
  ],
];

describe('eleven Romanians and one Bulgarian, the Bulgarian in an oblique case', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, Romania and Bulgaria, 12 victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, lang);
      assert.equal(r.relevant, true);
      assert.ok(r.countries.includes('RO'), `countries: ${r.countries.join(',')}`);
      assert.ok(r.countries.includes('BG'), `countries: ${r.countries.join(',')}`);
      assert.equal(r.victims, 12);
    });
  }
});
