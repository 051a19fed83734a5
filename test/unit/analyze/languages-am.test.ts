import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitsOf, scanCues } from '../../../src/analyze/cues/scan.ts';
import { numberAt } from '../../../src/analyze/facts/numbers.ts';
import { type Lexicon, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { analyze } from './helpers.ts';

// Amharic cases composed by us (fictional people, real places and agencies); no third-party text. Amharic writes
// the prepositions በ, የ, ከ, ለ joined to the next word: the lexicon lists them as clitics, and each key phrase is checked
// inside a sentence.

const lexicons = loadLexicons();
const lex = (): Lexicon => {
  const l = lexicons.get('am');
  assert.ok(l, 'am');
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

describe('Amharic (am.json)', () => {
  it('finds its key phrases inside running text', () => {
    const cases: [text: string, cat: string, phrase: string][] = [
      ['ፖሊስ በሕገወጥ የሰዎች ዝውውር የተጠረጠሩ ሰዎችን ያዘ', 'tip', 'ሕገወጥ የሰዎች ዝውውር*'],
      ['የሰዎች ዝውውርን ለመከላከል', 'tip', 'የሰዎች ዝውውር*'],
      ['በቤት ሠራተኝነት ሲሠሩ የነበሩ ሴቶች', 'form:domestic_servitude', 'በቤት ሠራተኝነት'],
      ['ለዝሙት አዳሪነት ተዳርገዋል', 'form:sexual', 'ዝሙት አዳሪነት'],
      ['ሕፃናት ለልመና ተዳርገዋል', 'form:forced_begging', 'ልመና*'],
      ['ፓስፖርታቸው ተወስዶባቸው ነበር', 'control', 'ፓስፖር*'],
      ['ሁለት ተጠርጣሪዎች በቁጥጥር ስር ውለዋል', 'incident', 'በቁጥጥር ስር'],
      ['45 ወጣቶችን ማዳን ተችሏል', 'rescue', 'ማዳን*'],
      ['200 ኪሎ ግራም አደንዛዥ ዕፅ ተያዘ', 'goods', 'አደንዛዥ ዕፅ'],
      ['የትራፊክ አደጋ ደረሰ', 'neg', 'የትራፊክ አደጋ'],
      ['በሕገወጥ ስደት ወደ የመን', 'smuggle', 'ሕገወጥ ስደት'],
    ];
    for (const [text, cat, phrase] of cases)
      assert.ok(found(text, cat).includes(phrase), `${cat} "${phrase}" in ${text}`);
  });

  it('reads number words: units, አሥራ before a unit (teens), tens and scales', () => {
    assert.equal(numberOf('ስድስት ሴቶች'), 6);
    assert.equal(numberOf('አሥራ ሁለት'), 12);
    assert.equal(numberOf('አስራ አምስት'), 15);
    assert.equal(numberOf('ሃያ ሦስት'), 23);
    assert.equal(numberOf('ሁለት መቶ'), 200);
    assert.equal(numberOf('120 ሴቶች'), 120);
  });

  it('reads a rescue with a count ("45 ወጣቶችን"): 45 victims, no form named', async () => {
    const r = await analyze(
      'ፖሊስ ከሕገወጥ የሰዎች አዘዋዋሪዎች 45 ወጣቶችን ታደገ',
      'የፌዴራል ፖሊስ በሞያሌ ከተማ አቅራቢያ በሕገወጥ የሰዎች ዝውውር ወደ ኬንያ ሲወሰዱ የነበሩ 45 ወጣቶችን ማዳን ተችሏል። ወጣቶቹ በደቡብ አፍሪካ የተሻለ ሥራ እናስገኛለን በሚሉ ደላሎች ተታለው እንደነበር ተገልጿል። ሁለት ተጠርጣሪዎች በቁጥጥር ስር ውለዋል።',
    );
    assert.equal(r.language, 'am');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['unspecified']);
    assert.deepEqual([...r.countries].sort(), ['KE', 'ZA']);
    assert.equal(r.victims, 45);
  });
  it('reads domestic workers returned from Saudi Arabia, passports taken and unpaid: domestic servitude, 120 adult victims', async () => {
    const r = await analyze(
      'ከሳዑዲ ዓረቢያ 120 የቤት ሠራተኞች ተመለሱ',
      'በሳዑዲ ዓረቢያ በቤት ሠራተኝነት ሲሠሩ የነበሩ 120 ኢትዮጵያውያን ሴቶች ትናንት ወደ አዲስ አበባ ተመልሰዋል። ሴቶቹ ፓስፖርታቸው ተወስዶባቸው ለወራት ያለ ደመወዝ እንዲሰሩ ተገደው እንደነበር ተናግረዋል። ሕገወጥ የሰዎች ዝውውር ጉዳዩን ፖሊስ እየመረመረ ነው።',
    );
    assert.equal(r.language, 'am');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['domestic_servitude']);
    assert.deepEqual([...r.countries].sort(), ['ET', 'SA']);
    assert.equal(r.minors, false);
    assert.equal(r.victims, 120);
  });
  it('reads a girl of fourteen sold into marriage ("ዕድሜዋ 14"): forced marriage, a minor, one victim', async () => {
    const r = await analyze(
      'የ14 ዓመት ልጃገረድ ከያለዕድሜ ጋብቻ ታደገች',
      'በአማራ ክልል ዕድሜዋ 14 የሆነ ልጃገረድ በግዳጅ እንድታገባ ከተደረገች በኋላ ፖሊስ ታድጓታል። ልጅቷን ለ50 ዓመት ሰው በ30,000 ብር የሸጧት አጎቷ በቁጥጥር ስር ውሏል።',
    );
    assert.equal(r.language, 'am');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_marriage']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 1);
  });
  it('reads children made to beg in Addis Ababa ("30 ሕፃናት"): forced begging, minors, 30 victims', async () => {
    const r = await analyze(
      'በአዲስ አበባ ጎዳናዎች ለልመና የተሰማሩ 30 ሕፃናት ተያዙ',
      'ከደቡብ ክልል በደላሎች ተታለው ወደ አዲስ አበባ የመጡ 30 ሕፃናት በግዳጅ በልመና ሥራ እንዲሰማሩ ተደርገው ነበር። ፖሊስ ሕፃናቱን ከጎዳና በማንሳት ለቤተሰቦቻቸው ያስረክባል። ሦስት ተጠርጣሪዎች ተይዘዋል።',
    );
    assert.equal(r.language, 'am');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.deepEqual([...r.countries].sort(), ['ET']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 30);
  });
  it('reads hard negatives as not relevant: drugs, a road accident, wildlife, migrant smuggling', async () => {
    const NEGATIVES: [title: string, text: string][] = [
      [
        'በሞያሌ 200 ኪሎ ግራም አደንዛዥ ዕፅ ተያዘ',
        'በሞያሌ ከተማ ፖሊስ ባደረገው ፍተሻ 200 ኪሎ ግራም አደንዛዥ ዕፅ እና ሁለት ሽጉጥ በአንድ የጭነት መኪና ውስጥ ተይዟል። የሕገወጥ ዝውውሩ ተሳታፊ የሆኑ ሦስት ሰዎች በቁጥጥር ስር ውለዋል።',
      ],
      [
        'በአዲስ አበባ-አዳማ መንገድ በደረሰ የትራፊክ አደጋ አምስት ሰዎች ሞቱ',
        'ትናንት ምሽት በአዲስ አበባ-አዳማ የፍጥነት መንገድ ላይ አንድ አውቶቡስ ከጭነት መኪና ጋር በመጋጨቱ በደረሰ የትራፊክ አደጋ አምስት ሰዎች ሕይወታቸው አልፏል። የትራፊክ ፖሊስ አደጋውን እየመረመረ ነው።',
      ],
      [
        'በቦሌ አውሮፕላን ማረፊያ የዝሆን ጥርስ ሲያዘዋውሩ የተገኙ ሁለት ሰዎች ተያዙ',
        'የኢትዮጵያ የዱር እንስሳት ጥበቃ ባለሥልጣን በቦሌ አውሮፕላን ማረፊያ 40 ኪሎ ግራም የዝሆን ጥርስ ወደ ቻይና ለማስወጣት የሞከሩ ሁለት ሰዎች በቁጥጥር ስር መዋላቸውን አስታወቀ።',
      ],
      [
        'በሕገወጥ ስደት ወደ የመን ሊሻገሩ የነበሩ 80 ፍልሰተኞች ተመለሱ',
        'በአፋር ክልል ድንበር አቋርጠው በሕገወጥ ስደት ወደ የመን ለመሻገር ሲሞክሩ የነበሩ 80 ፍልሰተኞች በኢሚግሬሽን ባለሥልጣናት ተይዘው ወደ መጡበት ተመልሰዋል። ፍልሰተኞቹ ያለ ሕጋዊ ሰነድ እንደነበሩ ተገልጿል።',
      ],
    ];
    for (const [title, text] of NEGATIVES) {
      const r = await analyze(title, text);
      assert.equal(r.language, 'am', title);
      assert.equal(r.relevant, false, title);
    }
  });
});
