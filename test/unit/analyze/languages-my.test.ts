import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitsOf, scanCues } from '../../../src/analyze/cues/scan.ts';
import { numberAt } from '../../../src/analyze/facts/numbers.ts';
import { type Lexicon, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { analyze } from './helpers.ts';

// Burmese cases composed by us (fictional people, real places); no third-party text. Burmese is written without spaces
// inside phrases: the lexicon's phrases are cut into words as the texts are, so each key phrase is also checked inside
// a sentence of its own.

const lexicons = loadLexicons();
const my = (): Lexicon => {
  const lex = lexicons.get('my');
  assert.ok(lex, 'my');
  return lex;
};

/** The phrases of a category found in a text, read with the Burmese lexicon. */
function found(text: string, cat: string): string[] {
  return hitsOf(scanCues(text, 0, [my()]), cat).map((h) => h.phrase);
}

/** The number read at the start of a text. */
function numberOf(text: string): number | null {
  return numberAt(scanCues(text, 0, [my()]), 0)?.value ?? null;
}

describe('Burmese (my.json)', () => {
  it('finds its key phrases inside running text, as the segmenter cuts it', () => {
    const cases: [text: string, cat: string, phrase: string][] = [
      ['ရဲတပ်ဖွဲ့က လူကုန်ကူးမှုဂိုဏ်းတစ်ခုကို ဖော်ထုတ်ခဲ့သည်', 'tip', 'လူကုန်ကူး'],
      ['မိန်းကလေးကို တရုတ်နိုင်ငံသို့ ဇနီးအဖြစ် ရောင်းစားခဲ့သည်', 'tip', 'ဇနီးအဖြစ် ရောင်းစား'],
      ['အလုပ်သမားများသည် အဓမ္မလုပ်အား ခိုင်းစေခံခဲ့ရသည်', 'exploit', 'အဓမ္မ လုပ်အား'],
      ['ကလေးများကို ကလေးစစ်သားအဖြစ် စုဆောင်းခဲ့သည်', 'exploit', 'ကလေးစစ်သား'],
      ['ကလေးများကို လမ်းပေါ်တွင် တောင်းစားခိုင်းခဲ့သည်', 'exploit', 'တောင်းစားခိုင်း'],
      ['သူမကို ပြည့်တန်ဆာ အတင်းအဓမ္မ လုပ်ခိုင်းခဲ့သည်', 'form:sexual', 'ပြည့်တန်ဆာ'],
      ['သူမကို တရုတ်အမျိုးသားနှင့် အတင်းအဓမ္မ လက်ထပ်ခိုင်းခဲ့သည်', 'form:forced_marriage', 'အတင်းအဓမ္မ လက်ထပ်'],
      ['အွန်လိုင်းလိမ်လည်ရေး စခန်းတွင် ခိုင်းစေခံခဲ့ရသည်', 'form:forced_criminality', 'အွန်လိုင်းလိမ်လည်ရေး'],
      ['အိမ်အကူအဖြစ် အလုပ်လုပ်ခဲ့သည့် မိန်းကလေး', 'form:domestic_servitude', 'အိမ်အကူ'],
      ['ငါးဖမ်းလှေပေါ်တွင် ခိုင်းစေခံခဲ့ရသည်', 'form:labour', 'ငါးဖမ်းလှေ'],
      ['သူ၏ ကျောက်ကပ်ကို ရောင်းချခဲ့ရသည်', 'form:organ_removal', 'ကျောက်ကပ်'],
      ['ရဲက နစ်နာသူများကို ကယ်ဆယ်ခဲ့သည်', 'victim', 'နစ်နာသူများ'],
      ['ရဲက နစ်နာသူများကို ကယ်ဆယ်ခဲ့သည်', 'rescue', 'ကယ်ဆယ်'],
      ['ရဲက သံသယရှိသူ ၂ ဦးကို ဖမ်းဆီးခဲ့သည်', 'incident', 'ဖမ်းဆီး'],
      ['ရဲက သံသယရှိသူ ၂ ဦးကို ဖမ်းဆီးခဲ့သည်', 'suspect', 'သံသယရှိသူ'],
      ['ကလေးငယ်များကို မိဘများထံ ပြန်ပို့ခဲ့သည်', 'minor', 'ကလေးငယ်'],
      ['မိန်းကလေးသည် အသက်မပြည့်သေးသူ ဖြစ်သည်', 'minor', 'အသက်မပြည့်သေးသူ'],
      ['အသက် ၁၈ နှစ်အောက် ကလေးများ ပါဝင်သည်', 'minor_sure', 'အသက် ၁၈ နှစ်အောက်'],
      ['အမျိုးသမီးများကို မိဘများထံ ပြန်ပို့ခဲ့သည်', 'adult', 'အမျိုးသမီး'],
      ['အလုပ်ရှင်က နိုင်ငံကူးလက်မှတ်များကို သိမ်းဆည်းထားသည်', 'control', 'နိုင်ငံကူးလက်မှတ်များကို သိမ်းဆည်း'],
      ['သူတို့ကို အပြင်ထွက်ခွင့်မပြုခဲ့ပါ', 'control', 'ထွက်ခွင့်မပြု'],
      ['မိဘများက သမီးကို ရောင်းစားခဲ့သည်', 'sale', 'ရောင်းစား'],
      ['မိဘများက သမီးကို ရောင်းစားခဲ့သည်', 'kin', 'သမီး'],
      ['လက်နက်ကိုင်အဖွဲ့တစ်ဖွဲ့က ကလေးများကို စစ်သားအဖြစ် ခေါ်ဆောင်သည်', 'armed', 'စစ်သားအဖြစ်'],
      ['ရဲက မူးယစ်ဆေးဝါးများကို သိမ်းဆည်းခဲ့သည်', 'goods', 'မူးယစ်ဆေးဝါး'],
      ['ယာဘ စိတ်ကြွဆေးပြား သိန်းချီ ဖမ်းမိ', 'goods', 'ယာဘ'],
      ['သူတို့သည် တရားမဝင် နယ်စပ်ဖြတ်ကျော်ခဲ့ကြသည်', 'smuggle', 'တရားမဝင် နယ်စပ်ဖြတ်ကျော်'],
      ['လူမှောင်ခိုကူးသူ တစ်ဦးကို ဖမ်းဆီးခဲ့သည်', 'smuggle', 'လူမှောင်ခို'],
      ['မြို့ထဲတွင် ယာဉ်ကြောပိတ်ဆို့မှု ဖြစ်ခဲ့သည်', 'neg', 'ယာဉ်ကြော'],
      ['လူကုန်ကူးမှု တိုက်ဖျက်ရေး ရဲတပ်ဖွဲ့က ပြောသည်', 'office', 'လူကုန်ကူးမှု တိုက်ဖျက်ရေး ရဲတပ်ဖွဲ့'],
      ['ဇန်နဝါရီ ၅ ရက်နေ့က ဖမ်းဆီးခဲ့သည်', 'date', 'ဇန်နဝါရီ'],
    ];
    for (const [text, cat, phrase] of cases)
      assert.ok(found(text, cat).includes(phrase), `${cat} "${phrase}" in ${text}`);
  });

  it('does not read "I" (ကျွန်တော်) as slavery (ကျွန်)', () => {
    assert.deepEqual(found('ကျွန်တော်တို့ ကျွန်းပေါ်သို့ သွားခဲ့သည်', 'exploit'), []);
  });

  it('reads number words, Myanmar digits and their scales; two, five and the like only before a person or a scale', () => {
    assert.equal(numberOf('၁၂ ဦး'), 12);
    assert.equal(numberOf('၆၀,၀၀၀'), 60000);
    assert.equal(numberOf('တစ်ဦး'), 1);
    assert.equal(numberOf('ခုနစ်ယောက်'), 7);
    assert.equal(numberOf('ဆယ့်နှစ်ဦး'), 12);
    assert.equal(numberOf('ဆယ့်သုံးဦး'), 13);
    assert.equal(numberOf('နှစ်ဦး'), 2);
    assert.equal(numberOf('နှစ်ဆယ်ဦး'), 20);
    assert.equal(numberOf('နှစ်ဆယ့်ငါးဦး'), 25);
    assert.equal(numberOf('သုံးရာ'), 300);
    assert.equal(numberOf('နှစ်ထောင်'), 2000);
    // နှစ် is also "year", ငါး also "fish".
    assert.equal(numberOf('နှစ်'), null);
    assert.equal(numberOf('ငါးဖမ်းလှေ'), null);
  });

  it('reads a scam-compound rescue with a count ("နိုင်ငံသား ၃၂ ဦး"): forced criminality, 32 victims', async () => {
    const r = await analyze(
      'မြဝတီ အွန်လိုင်းလိမ်လည်ရေးစခန်းမှ နိုင်ငံခြားသား ၃၂ ဦး ကယ်ဆယ်ခံရ',
      'မြန်မာ-ထိုင်း နယ်စပ် မြဝတီမြို့အနီးရှိ အွန်လိုင်းလိမ်လည်ရေး စခန်းတစ်ခုတွင် အတင်းအဓမ္မ ခိုင်းစေခံနေရသည့် ' +
        'အင်ဒိုနီးရှားနှင့် ဗီယက်နမ် နိုင်ငံသား ၃၂ ဦးကို ယမန်နေ့က ကယ်ဆယ်ခဲ့ကြောင်း ရဲတပ်ဖွဲ့က ပြောသည်။ ၎င်းတို့ကို ' +
        'ထိုင်းနိုင်ငံတွင် လစာကောင်းသော အလုပ်ရမည်ဟု လိမ်လည်ခေါ်ဆောင်ခဲ့ပြီး နိုင်ငံကူးလက်မှတ်များကို သိမ်းဆည်းထားကာ ' +
        'တစ်နေ့လျှင် ၁၆ နာရီ ငွေလိမ်ခိုင်းခဲ့သည်။ ပစ်မှတ်မပြည့်ပါက ရိုက်နှက်ခံရကြောင်း နစ်နာသူများက ပြောသည်။ ' +
        'လူကုန်ကူးမှုဖြင့် သံသယရှိသူ ၃ ဦးကို ဖမ်းဆီးထားသည်။',
    );
    assert.equal(r.language, 'my');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_criminality']);
    for (const cc of ['MM', 'ID', 'VN']) assert.ok(r.countries.includes(cc), r.countries.join());
    assert.notEqual(r.minors, true);
    assert.equal(r.victims, 32);
  });

  it('reads a girl of fifteen sold to China as a wife ("အသက် ၁၅ နှစ်"): forced marriage, a minor, one victim', async () => {
    const r = await analyze(
      'အသက် ၁၅ နှစ်အရွယ် မိန်းကလေးကို တရုတ်နိုင်ငံသို့ ဇနီးအဖြစ် ရောင်းစားသူ ဖမ်းဆီးခံရ',
      'မူဆယ်မြို့မှ အသက် ၁၅ နှစ်အရွယ် မိန်းကလေးတစ်ဦးကို တရုတ်နိုင်ငံသို့ ခေါ်ဆောင်သွားပြီး တရုတ်အမျိုးသားတစ်ဦးထံ ' +
        'ယွမ် ၅၀,၀၀၀ ဖြင့် ဇနီးအဖြစ် ရောင်းစားခဲ့သည့် ပွဲစား အမျိုးသမီးတစ်ဦးကို ရဲက ဖမ်းဆီးခဲ့သည်။ မိန်းကလေးကို ' +
        'တရုတ်ရဲက ကယ်ဆယ်ပြီး နယ်စပ်တွင် မြန်မာအာဏာပိုင်များထံ ပြန်လည်လွှဲပြောင်းပေးခဲ့သည်။',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_marriage']);
    assert.deepEqual([...r.countries].sort(), ['CN', 'MM']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 1);
  });

  it('reads forced labour on a fishing boat told without the word for trafficking: labour, 18 victims', async () => {
    const r = await analyze(
      'ငါးဖမ်းလှေပေါ်တွင် လစာမပေးဘဲ ခိုင်းစေခံရသည့် မြန်မာ ငါးဖမ်းသမား ၁၈ ဦး ကယ်ဆယ်ခံရ',
      'ထိုင်းနိုင်ငံ ရနောင်းမြို့အနီး ပင်လယ်ပြင်ရှိ ငါးဖမ်းလှေတစ်စင်းပေါ်တွင် လစာမပေးဘဲ အတင်းအဓမ္မ ' +
        'အလုပ်ခိုင်းစေခံနေရသည့် မြန်မာ ငါးဖမ်းသမား ၁၈ ဦးကို ထိုင်းအာဏာပိုင်များက ကယ်ဆယ်ခဲ့သည်။ ၎င်းတို့သည် ' +
        'တစ်နေ့လျှင် နာရီ ၂၀ အလုပ်လုပ်ခဲ့ရပြီး နားရက်မရှိခဲ့ကြောင်း၊ လှေပိုင်ရှင်က ၎င်းတို့၏ နိုင်ငံကူးလက်မှတ်များကို ' +
        'သိမ်းဆည်းထားကြောင်း သိရသည်။ လှေပိုင်ရှင်ကို ဖမ်းဆီးထားသည်။',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['labour']);
    assert.deepEqual([...r.countries].sort(), ['MM', 'TH']);
    assert.notEqual(r.minors, true);
    assert.equal(r.victims, 18);
  });

  it('reads a domestic worker of sixteen kept unpaid and locked in: domestic servitude, a minor, one victim', async () => {
    const r = await analyze(
      'အိမ်အကူ မိန်းကလေးကို ရိုက်နှက်ပြီး လစာမပေးသည့် အိမ်ရှင် လင်မယား ဖမ်းဆီးခံရ',
      'ရန်ကုန်မြို့ရှိ အိမ်တစ်အိမ်တွင် နှစ်နှစ်ကြာ လစာမပေးဘဲ အိမ်အလုပ်များ အတင်းအဓမ္မ ခိုင်းစေခံခဲ့ရသည့် အသက် ၁၆ ' +
        'နှစ်အရွယ် အိမ်အကူ မိန်းကလေးတစ်ဦးကို ရဲက ကယ်ဆယ်ခဲ့သည်။ အိမ်ရှင်သည် သူမကို အိမ်ပြင်ထွက်ခွင့်မပြုဘဲ ' +
        'သော့ခတ်ထားကာ ရိုက်နှက်ခဲ့ကြောင်း သိရသည်။ အိမ်ရှင် လင်မယားကို ဖမ်းဆီးထားသည်။',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['domestic_servitude']);
    assert.deepEqual(r.countries, ['MM']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 1);
  });

  it('reads children taken by an armed group ("ကလေး ၇ ဦး"): child soldiers, minors, 7 victims', async () => {
    const r = await analyze(
      'လက်နက်ကိုင်အဖွဲ့တစ်ဖွဲ့က ကလေး ၇ ဦးကို ကလေးစစ်သားအဖြစ် စုဆောင်း',
      'ရှမ်းပြည်နယ်မြောက်ပိုင်းရှိ လက်နက်ကိုင်အဖွဲ့တစ်ဖွဲ့က အသက် ၁၄ နှစ်မှ ၁၇ နှစ်အတွင်းရှိ ကလေး ၇ ဦးကို ရွာမှ ' +
        'အတင်းအဓမ္မ ခေါ်ဆောင်ပြီး ကလေးစစ်သားအဖြစ် စုဆောင်းခဲ့ကြောင်း မိဘများက ပြောသည်။ ကလေးများကို ' +
        'စစ်မျက်နှာသို့ ပို့ထားကြောင်း သိရသည်။',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['child_soldiers']);
    assert.deepEqual(r.countries, ['MM']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 7);
  });

  it('reads women made to sell sex in Malaysia ("မြန်မာအမျိုးသမီး ၉ ဦး"): sexual, 9 adult victims', async () => {
    const r = await analyze(
      'မလေးရှားတွင် ပြည့်တန်ဆာ လုပ်ခိုင်းခံရသည့် အမျိုးသမီး ၉ ဦး ကယ်ဆယ်ခံရ',
      'မလေးရှားနိုင်ငံ ကွာလာလမ်ပူမြို့ရှိ ညကလပ်တစ်ခုတွင် ပြည့်တန်ဆာ အတင်းအဓမ္မ လုပ်ခိုင်းခံနေရသည့် မြန်မာအမျိုးသမီး ' +
        '၉ ဦးကို မလေးရှားရဲက ကယ်ဆယ်ခဲ့သည်။ ၎င်းတို့ကို စားသောက်ဆိုင်တွင် အလုပ်ရမည်ဟု ပွဲစားက လိမ်လည်ခေါ်ဆောင်ခဲ့ပြီး ' +
        'အကြွေးဆပ်ရမည်ဟု ခြိမ်းခြောက်ခဲ့သည်။',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.deepEqual([...r.countries].sort(), ['MM', 'MY']);
    assert.equal(r.minors, false);
    assert.equal(r.victims, 9);
  });

  it('reads men lured to sell a kidney in India: organ removal, 3 victims', async () => {
    const r = await analyze(
      'ကျောက်ကပ်ရောင်းရန် အိန္ဒိယသို့ ခေါ်ဆောင်ခံရသည့် အမျိုးသား ၃ ဦး',
      'ငွေကြေးအခက်အခဲရှိသော ရွာသား ၃ ဦးကို ကျောက်ကပ်ရောင်းလျှင် ကျပ် သိန်း ၂၀၀ ရမည်ဟု ပွဲစားတစ်ဦးက မက်လုံးပေးပြီး ' +
        'အိန္ဒိယနိုင်ငံသို့ ခေါ်ဆောင်သွားခဲ့ကြောင်း ရဲက ပြောသည်။ ပွဲစားကို ဖမ်းဆီးထားသည်။',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['organ_removal']);
    assert.equal(r.victims, 3);
  });

  it('does not read the suspects\' count as victims ("သံသယရှိသူ ၅ ဦး")', async () => {
    const r = await analyze(
      'လူကုန်ကူးမှုဂိုဏ်းမှ သံသယရှိသူ ၅ ဦး ဖမ်းဆီးခံရ',
      'အမျိုးသမီးများကို မလေးရှားနိုင်ငံသို့ လိမ်လည်ခေါ်ဆောင်ပြီး ပြည့်တန်ဆာ လုပ်ခိုင်းခဲ့သည့် လူကုန်ကူးမှုဂိုဏ်းမှ ' + 'သံသယရှိသူ ၅ ဦးကို ရဲက ဖမ်းဆီးပြီး တရားစွဲဆိုထားသည်။',
    );
    assert.equal(r.relevant, true);
    assert.notEqual(r.victims, 5);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'တာချီလိတ်တွင် ယာဘ သန်း ၂ ပြားနှင့် မူးယစ်ဆေးဝါး ကုန်ကူးသူ ၃ ဦး ဖမ်းဆီးရမိ',
      'တာချီလိတ်မြို့အနီးတွင် ရဲတပ်ဖွဲ့က ကားတစ်စီးကို ရှာဖွေစစ်ဆေးရာ ယာဘ စိတ်ကြွဆေးပြား သန်း ၂ ပြားနှင့် ဘိန်းဖြူ ' +
        '၅၀ ကီလိုဂရမ်ကို တွေ့ရှိသိမ်းဆည်းခဲ့ပြီး မူးယစ်ဆေးဝါး ကုန်ကူးမှုဖြင့် လူ ၃ ဦးကို ဖမ်းဆီးခဲ့သည်။',
    ],
    [
      'ရန်ကုန်-မန္တလေး အမြန်လမ်းပေါ်တွင် ယာဉ်တိုက်မှု ဖြစ်ပွား၍ လူ ၅ ဦး ဒဏ်ရာရ',
      'ရန်ကုန်-မန္တလေး အမြန်လမ်းပေါ်တွင် ယမန်နေ့ညက ခရီးသည်တင် ကားနှင့် ကုန်တင်ကား တိုက်မိသည့် ယာဉ်မတော်တဆမှု ' +
        'ဖြစ်ပွားခဲ့ရာ လူ ၅ ဦး ဒဏ်ရာရရှိခဲ့သည်။ ယာဉ်ကြော နာရီအတော်ကြာ ပိတ်ဆို့ခဲ့ပြီး ယာဉ်ထိန်းရဲများက ' +
        'ယာဉ်မောင်းကို ဖမ်းဆီးထားသည်။',
    ],
    [
      'ဆင်စွယ်နှင့် တောရိုင်းတိရစ္ဆာန် အစိတ်အပိုင်းများ ကုန်ကူးသူ ၂ ဦး ဖမ်းဆီးခံရ',
      'သစ်တောဦးစီးဌာနနှင့် ရဲတပ်ဖွဲ့က ပူးပေါင်း၍ ဆင်စွယ် ၄ ချောင်းနှင့် သင်းခွေချပ် အကြေးခွံများ ကုန်ကူးရန် ' +
        'သယ်ဆောင်လာသည့် လူ ၂ ဦးကို ဖမ်းဆီးခဲ့ပြီး တောရိုင်းတိရစ္ဆာန် ကာကွယ်ရေး ဥပဒေဖြင့် အရေးယူထားသည်။',
    ],
    [
      'ထိုင်းသို့ တရားမဝင် ခိုးဝင်ရန် ကြိုးစားသည့် မြန်မာ ၂၅ ဦး ပါသော လှေ ဖမ်းမိ',
      'ထိုင်းနိုင်ငံ ရနောင်းမြို့အနီး ကမ်းရိုးတန်းတွင် တရားမဝင် ဝင်ရောက်ရန် ကြိုးစားသည့် မြန်မာနိုင်ငံသား ၂၅ ဦး ' +
        'ပါသော လှေတစ်စင်းကို ထိုင်းရေတပ်က ဖမ်းမိခဲ့သည်။ ၎င်းတို့သည် အလုပ်ရှာရန် ပွဲစားတစ်ဦးကို တစ်ဦးလျှင် ကျပ် ' +
        '၁၅ သိန်းစီ ပေးခဲ့ကြပြီး မြန်မာနိုင်ငံသို့ ပြန်လည်ပို့ဆောင်မည်ဖြစ်ကြောင်း ထိုင်းအာဏာပိုင်များက ပြောသည်။',
    ],
    [
      'အွန်လိုင်း ငွေလိမ်သူ ၄ ဦး ဖမ်းဆီးခံရ',
      'လူမှုကွန်ရက်ပေါ်တွင် ရင်းနှီးမြှုပ်နှံမှုဖြင့် အမြတ်ရမည်ဟု လိမ်လည်ပြီး ပြည်သူ ၁၅၀ ကျော်ထံမှ ကျပ် သိန်း ၅၀၀ ကျော် ' + 'လိမ်ယူခဲ့သည့် လူ ၄ ဦးကို ရဲက ဖမ်းဆီးခဲ့သည်။',
    ],
    [
      'မြန်မာ-တရုတ် နယ်စပ်ကုန်သွယ်ရေး တိုးမြှင့်',
      'မူဆယ် နယ်စပ်ကုန်သွယ်ရေးစခန်းမှတစ်ဆင့် ကုန်သွယ်မှုပမာဏ ယခုနှစ်တွင် တိုးလာခဲ့ပြီး ဆန်နှင့် ပဲမျိုးစုံ ' +
        'တင်ပို့မှု များပြားလာကြောင်း ကုန်သွယ်ရေးဝန်ကြီးဌာနက ပြောသည်။',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'my');
      assert.equal(r.relevant, false);
    });
  }
});
