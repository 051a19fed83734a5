import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiForms } from '../../../src/lib/text/forms.ts';
import { analyze } from './helpers.ts';

// Numbers and punctuation of Chinese, Japanese, Bengali, Hindi and Arabic texts (fictional sentences).

describe('full-width forms', () => {
  it('are read as ASCII at the same offsets; full-width stops stay', () => {
    const text = '女子高校生（１６）、「ＮＰＯ」，女性１２人！';
    const read = asciiForms(text);
    assert.equal(read, '女子高校生(16),“NPO”,女性12人！');
    assert.equal(read.length, text.length);
    assert.equal(asciiForms('plain text'), 'plain text');
  });

  it('reads an age in full-width brackets after a person as an age, as ASCII brackets are', async () => {
    const body =
      'SNSで知り合った女子中学生（15）にホテルで売春をさせていたとして、県警は7日、無職の男（41）を児童福祉法違反の疑いで逮捕した。';
    const wide = await analyze('女子中学生に売春させた疑い　男を逮捕', body);
    const ascii = await analyze('女子中学生に売春させた疑い　男を逮捕', body.replace(/（/g, '(').replace(/）/g, ')'));
    assert.equal(wide.victims, 1);
    assert.equal(wide.victims, ascii.victims);
    assert.equal(wide.minors, true);
    // The quote is cut from the text as written.
    const quote = wide.evidence.find((e) => e.field === 'victims');
    assert.ok(quote?.quote.includes('（15'), quote?.quote);
  });

  it('reads full-width digits as numbers', async () => {
    const a = await analyze(
      '人身売買の疑い　フィリピン人女性１４人を保護',
      'フィリピン人女性１４人を県内の寮に住まわせ、売春をさせていたとして、県警は２０日、男女２人を人身売買の疑いで逮捕した。女性１４人は保護された。',
    );
    assert.equal(a.victims, 14);
  });
});

describe('grouped digits of other scripts', () => {
  it('reads Bengali, Devanagari and Arabic thousands', async () => {
    const bn = await analyze(
      'পাচারের শিকার ১,২০০ নারী উদ্ধার',
      'পুলিশ জানিয়েছে, সীমান্ত এলাকা থেকে পাচারের শিকার ১,২০০ নারী ও শিশুকে উদ্ধার করা হয়েছে।',
    );
    assert.equal(bn.victims, 1200);
    const hi = await analyze(
      'मानव तस्करी: १,२०० महिलाओं को छुड़ाया गया',
      'पुलिस ने मानव तस्करी के शिकार १,२०० महिलाओं को एक अभियान में छुड़ाया।',
    );
    assert.equal(hi.victims, 1200);
    const ar = await analyze(
      'الاتجار بالبشر: تحرير ١٬٢٠٠ امرأة',
      'حررت الشرطة ١٬٢٠٠ امرأة من ضحايا الاتجار بالبشر في عملية واسعة.',
    );
    assert.equal(ar.victims, 1200);
  });

  it('reads Indian lakhs (two-digit groups before the last three) and digits grouped inside a Chinese run', async () => {
    const bn = await analyze(
      'ইটভাটা থেকে ১,২০,০০০ শ্রমিক উদ্ধার',
      'পুলিশ জানিয়েছে, পাচারের শিকার ১,২০,০০০ শ্রমিককে ইটভাটা থেকে উদ্ধার করা হয়েছে।',
    );
    assert.equal(bn.victims, 120_000);
    const zh = await analyze(
      '警方解救1,200名被拐妇女',
      '公安机关开展打拐专项行动，解救1,200名被拐妇女，抓获犯罪嫌疑人三名。',
    );
    assert.equal(zh.victims, 1200);
  });

  it('reads Indian lakhs in ASCII digits, whose last two groups the word rule glues ("1|20,000"), and decimal lakhs', async () => {
    const en = (n: string) =>
      analyze(
        `Police rescue ${n} bonded labourers from brick kilns`,
        `Police said ${n} bonded labourers were rescued from brick kilns in a state-wide operation against forced labour and human trafficking.`,
      );
    assert.equal((await en('1,20,000')).victims, 120_000);
    assert.equal((await en('2,00,000')).victims, 200_000);
    assert.equal((await en('2.5 lakh')).victims, 250_000);
  });
});

describe('Chinese and Japanese numerals', () => {
  const zh = (n: string, noun = '被拐妇女') =>
    analyze(
      `警方解救${n}名${noun}`,
      `据警方通报，公安机关近日开展打拐专项行动，共解救${n}名${noun}，抓获犯罪嫌疑人三名，案件正在进一步侦办中。`,
    );

  it('reads numerals above twenty however the segmenter cuts them', async () => {
    const cases: [string, number][] = [
      ['二十五', 25],
      ['三十', 30],
      ['十二', 12],
      ['一百二十', 120],
      ['两百', 200],
      ['一千五百', 1500],
      ['两千五', 2500],
      ['一万二千', 12_000],
      ['一万', 10_000],
      ['1万', 10_000],
      // A zero skips a place: the digit after it is a unit.
      ['两千零五十', 2050],
      ['一百零八', 108],
      ['一万零五百', 10_500],
      // A decimal before 万 ("1.2万": 1.2 times ten thousand).
      ['1.2万', 12_000],
      ['3.5万', 35_000],
    ];
    for (const [n, v] of cases) assert.equal((await zh(n)).victims, v, n);
    assert.equal((await zh('三千', '被拐儿童')).victims, 3000);
  });

  it('reads Japanese numerals with 百, 千 and 万 before the counter', async () => {
    const ja = (n: string) =>
      analyze(
        `人身売買　外国人女性${n}人を保護`,
        `警察は、人身売買の被害にあった外国人女性${n}人を保護したと発表した。`,
      );
    assert.equal((await ja('三十五')).victims, 35);
    assert.equal((await ja('百二十')).victims, 120);
    assert.equal((await ja('二千五百')).victims, 2500);
  });

  it('leaves words that only begin with a numeral, and two digits in a row, as they were', async () => {
    const a = await analyze(
      '千葉県警、人身売買の疑いで男を逮捕',
      '千葉県警は、タイ人女性を売春させたとして男を人身売買の疑いで逮捕した。一部の女性は保護された。',
    );
    assert.equal(a.victims, 1);
  });
});

describe('clause punctuation of Chinese, Japanese and Arabic', () => {
  it('reads the ideographic and Arabic commas as commas and corner brackets as quotes', () => {
    assert.equal(asciiForms('少女、17、は'), '少女,17,は');
    assert.equal(asciiForms('الفتاة، 17،'), 'الفتاة, 17,');
    assert.equal(asciiForms('「日本で働ける」『本』'), '“日本で働ける”“本”');
  });

  it('reads an age between ideographic commas after a person as an age, not a count', async () => {
    const a = await analyze(
      '人身売買の疑いで男を逮捕',
      '警察によると、被害者の少女、17、は県内の飲食店で働かされていた。男は人身売買の疑いで逮捕された。',
    );
    assert.notEqual(a.victims, 17);
  });

  it('reads an age in full-width brackets inside a long Japanese sentence, not a count', async () => {
    const a = await analyze(
      '人身売買の疑い',
      '県警は、人身売買の疑いで、ベトナム人技能実習生の女性（２２）を働かせていた会社役員の男（５５）を逮捕した。',
    );
    assert.notEqual(a.victims, 22);
  });
});
