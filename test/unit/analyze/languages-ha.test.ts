import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitsOf, scanCues } from '../../../src/analyze/cues/scan.ts';
import { numberAt } from '../../../src/analyze/facts/numbers.ts';
import { type Lexicon, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { analyze } from './helpers.ts';

// Hausa cases composed by us (fictional people, real places and agencies); no third-party text. fastText's lid.176 has
// no Hausa label: a Hausa text comes through language/relatives.json (function words, hooked letters), as these cases
// check, or through a feed's language tag.

const lexicons = loadLexicons();
const lex = (): Lexicon => {
  const l = lexicons.get('ha');
  assert.ok(l, 'ha');
  return l;
};

/** The phrases of a category found in a text. */
function found(text: string, cat: string): string[] {
  return hitsOf(scanCues(text, 0, [lex()]), cat).map((h) => h.phrase);
}

/** The number read at the start of a text. */
function numberOf(text: string): number | null {
  return numberAt(scanCues(text, 0, [lex()]), 0)?.value ?? null;
}

describe('Hausa (ha.json)', () => {
  it('finds its key phrases inside running text', () => {
    const cases: [text: string, cat: string, phrase: string][] = [
      ['NAPTIP ta ceto yara da aka yi safarar mutane', 'tip', 'safarar mutane'],
      ['Hukumar yaki da fataucin mutane ta kasa', 'office', 'hukumar yaki da fataucin mutane'],
      ['Hukumar yaƙi da fataucin mutane ta ƙasa', 'office', 'hukumar yaƙi da fataucin mutane'],
      ['ana tilasta musu bara a tituna', 'form:forced_begging', 'bara a tituna'],
      ['an aurar da ita domin auren dole', 'form:forced_marriage', 'auren dole'],
      ['inda ake shirin tilasta musu karuwanci', 'form:sexual', 'tilasta musu karuwanci'],
      ["an tare 'yan mata goma", 'victim', 'yan mata'],
      ['mahaifinta ya sayar da ita', 'sale', 'sayar da'],
      ['an kama tabar wiwi', 'goods', 'tabar wiwi'],
      ['hatsarin mota a hanyar Kano', 'neg', 'hatsarin mota'],
      ['masu safarar bakin haure', 'smuggle', 'safarar bakin haure'],
    ];
    for (const [text, cat, phrase] of cases)
      assert.ok(found(text, cat).includes(phrase), `${cat} "${phrase}" in ${text}`);
  });

  it('reads number words: tens joined to units by sha and da', () => {
    assert.equal(numberOf('shida'), 6);
    assert.equal(numberOf('goma'), 10);
    assert.equal(numberOf('goma sha biyu'), 12);
    assert.equal(numberOf('ashirin da uku'), 23);
  });

  it('reads a rescue with a count ("yara 23", "yara ashirin da uku"): minors, 23 victims, Nigeria', async () => {
    const r = await analyze(
      'NAPTIP ta ceto yara 23 da aka yi safararsu a Kano',
      'Hukumar yaki da fataucin mutane ta kasa NAPTIP ta ceto yara ashirin da uku da aka yi safararsu daga jihar Katsina zuwa Kano. Wasu dillalai biyu da ake zargi da safarar mutane an kama su.',
    );
    assert.equal(r.language, 'ha');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['unspecified']);
    assert.deepEqual([...r.countries].sort(), ['NG']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 23);
  });
  it('reads girls intercepted on the way to Libya for prostitution ("\'yan mata 12"): sexual, 12 victims', async () => {
    const r = await analyze(
      "An tare 'yan mata 12 a hanyarsu ta zuwa Libya",
      "Jami'an hukumar shige da fice sun tare 'yan mata goma sha biyu a kan iyakar Najeriya da Nijar a hanyarsu ta zuwa Libya, inda ake shirin tilasta musu karuwanci. An kama mutum daya da ake zargi da safarar mutane.",
    );
    assert.equal(r.language, 'ha');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.deepEqual([...r.countries].sort(), ['LY', 'NE', 'NG']);
    assert.equal(r.victims, 12);
  });
  it('reads almajirai forced to beg in Sokoto ("almajirai 40"): forced begging, minors, 40 victims', async () => {
    const r = await analyze(
      "'Yan sanda sun ceto almajirai 40 da ake tilasta musu bara a Sokoto",
      "Rundunar 'yan sandan jihar Sokoto ta ceto almajirai arba'in da ake tilasta musu bara a tituna kowace rana. Mai makarantar ya karbe kudin da suka samu. An kama shi domin gurfanar da shi a kotu kan safarar mutane.",
    );
    assert.equal(r.language, 'ha');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.deepEqual([...r.countries].sort(), ['NG']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 40);
  });
  it('reads a girl of thirteen sold by her father into marriage ("\'yar shekara 13"): forced marriage, a minor, one victim', async () => {
    const r = await analyze(
      "NAPTIP ta ceto yarinya 'yar shekara 13 daga auren dole",
      "Hukumar NAPTIP ta ceto wata yarinya 'yar shekara goma sha uku da mahaifinta ya sayar da ita kan naira dubu dari uku domin auren dole a jihar Bauchi. An kama mahaifin.",
    );
    assert.equal(r.language, 'ha');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_marriage']);
    assert.deepEqual([...r.countries].sort(), ['NG']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 1);
  });
  it('reads hard negatives as not relevant: drugs, a road accident, wildlife, migrant smuggling', async () => {
    const NEGATIVES: [title: string, text: string][] = [
      [
        'Hukumar NDLEA ta kama tabar wiwi a Kano',
        'Hukumar NDLEA ta kama buhunan tabar wiwi dari biyu da miyagun kwayoyi a wata mota a hanyar Kano zuwa Kaduna. An kama mutane uku da ake zargi da safarar miyagun kwayoyi.',
      ],
      [
        'Mutane goma sun mutu a hatsarin mota a hanyar Kano zuwa Zariya',
        'Mutane goma sun rasa rayukansu a wani hatsarin mota da ya faru a kan hanyar Kano zuwa Zariya ranar Litinin. Hukumar kiyaye hadurra ta ce gudun wuce kima ne ya haddasa hatsarin.',
      ],
      [
        'An kama masu safarar hauren giwa a Legas',
        'Hukumar kwastam ta kama kilo dari hudu na hauren giwa da fatun jakuna a tashar jiragen ruwa ta Legas. Mutane biyu da ake zargi da safarar namun daji an kama su.',
      ],
      [
        'An kama bakin haure 60 a iyakar Nijar',
        "Jami'an hukumar shige da fice sun kama bakin haure sittin da ke kokarin tsallaka iyaka zuwa Aljeriya ba tare da takardu ba. Masu safarar bakin haure biyu an kama su.",
      ],
    ];
    for (const [title, text] of NEGATIVES) {
      const r = await analyze(title, text);
      assert.equal(r.language, 'ha', title);
      assert.equal(r.relevant, false, title);
    }
  });
});
