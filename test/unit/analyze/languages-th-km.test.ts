import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitsOf, scanCues } from '../../../src/analyze/cues/scan.ts';
import { numberAt } from '../../../src/analyze/facts/numbers.ts';
import { type Lexicon, loadLexicons } from '../../../src/analyze/lexicon.ts';
import { analyze } from './helpers.ts';

// Thai and Khmer cases composed by us (fictional people and places of our own); no third-party text. Both scripts are
// written without spaces: the lexicons' phrases are cut into words as the texts are, so each key phrase is also checked
// inside a sentence of its own.

const lexicons = loadLexicons();
const lexicon = (code: string): Lexicon => {
  const lex = lexicons.get(code);
  assert.ok(lex, code);
  return lex;
};

/** The phrases of a category found in a text, read with one lexicon. */
function found(code: string, text: string, cat: string): string[] {
  return hitsOf(scanCues(text, 0, [lexicon(code)]), cat).map((h) => h.phrase);
}

/** The number read at the start of a text. */
function numberOf(code: string, text: string): number | null {
  return numberAt(scanCues(text, 0, [lexicon(code)]), 0)?.value ?? null;
}

describe('Thai (th.json)', () => {
  it('adds up two groups of women of two nationalities, each count after its noun', async () => {
    const r = await analyze(
      'ตำรวจบุกร้านคาราโอเกะ ช่วยหญิงต่างชาติ',
      'เจ้าหน้าที่ตำรวจเข้าตรวจค้นร้านคาราโอเกะแห่งหนึ่ง ผลการตรวจค้นพบหญิงชาวลาว 9 คน และหญิงชาวเมียนมา 4 คน ' +
        'ซึ่งถูกบังคับให้ค้าประเวณีกับลูกค้า เจ้าหน้าที่ได้จับกุมเจ้าของร้านในข้อหาค้ามนุษย์',
    );
    assert.equal(r.victims, 13);
  });

  it('finds its key phrases inside running text, as the segmenter cuts it', () => {
    const cases: [text: string, cat: string, phrase: string][] = [
      ['เจ้าหน้าที่ทลายขบวนการค้ามนุษย์ข้ามชาติ', 'tip', 'ค้ามนุษย์'],
      ['คนงานตกเป็นแรงงานบังคับในโรงงาน', 'exploit', 'แรงงานบังคับ'],
      ['นายจ้างถูกกล่าวหาว่าบังคับใช้แรงงานเด็ก', 'exploit', 'บังคับใช้แรงงาน'],
      ['เธอถูกบังคับค้าประเวณีในร้านอาหาร', 'exploit', 'บังคับค้าประเวณี'],
      ['ขบวนการนี้แสวงหาประโยชน์ทางเพศจากเด็ก', 'exploit', 'แสวงหาประโยชน์ทางเพศ'],
      ['ตำรวจพาเหยื่อไปที่บ้านพัก', 'victim', 'เหยื่อ'],
      ['ผู้เสียหายทั้งหมดเป็นชาวต่างชาติ', 'victim', 'ผู้เสียหาย'],
      ['ทหารเข้าช่วยชีวิตลูกเรือไว้ได้', 'rescue', 'ช่วยชีวิต'],
      ['เจ้าหน้าที่ช่วยเหลือทุกคนออกมาได้', 'rescue', 'ช่วยเหลือ'],
      ['ตำรวจจับกุมผู้ต้องหาได้ที่บ้านพัก', 'incident', 'จับกุม'],
      ['ตำรวจจับกุมผู้ต้องหาได้ที่บ้านพัก', 'suspect', 'ผู้ต้องหา'],
      ['ผู้เสียหายเป็นผู้เยาว์ทั้งหมด', 'minor', 'ผู้เยาว์'],
      ['ผู้เสียหายอายุต่ำกว่า 18 ปี ทุกคน', 'minor_sure', 'ต่ำกว่า 18 ปี'],
      ['ตำรวจยึดยาบ้าได้จำนวนมาก', 'goods', 'ยาบ้า'],
      ['คนร้ายลักลอบขนยาเสพติดข้ามแดน', 'goods', 'ยาเสพติด'],
      ['แรงงานกลุ่มนี้ลักลอบเข้าเมืองทางช่องทางธรรมชาติ', 'smuggle', 'ลักลอบเข้าเมือง'],
      ['ฝนตกทำให้การจราจรติดขัด', 'neg', 'จราจร'],
      ['เหตุเกิดเมื่อวันที่ 3 มีนาคม', 'date', 'มีนาคม'],
    ];
    for (const [text, cat, phrase] of cases)
      assert.ok(found('th', text, cat).includes(phrase), `${cat} "${phrase}" in ${text}`);
  });

  it('reads number words, Thai digits and their scales', () => {
    assert.equal(numberOf('th', 'สิบสองคน'), 12);
    assert.equal(numberOf('th', 'ยี่สิบห้าคน'), 25);
    assert.equal(numberOf('th', 'สามสิบคน'), 30);
    assert.equal(numberOf('th', 'สี่สิบเอ็ดคน'), 41);
    assert.equal(numberOf('th', 'สองร้อยห้าสิบคน'), 250);
    assert.equal(numberOf('th', 'สามพันคน'), 3000);
    assert.equal(numberOf('th', '๑๒ คน'), 12);
  });

  it('reads a sexual-exploitation rescue with a count after its noun ("หญิงสาว 12 คน"): sexual, 12 adult victims', async () => {
    const r = await analyze(
      'ตำรวจช่วยเหลือหญิงสาว 12 คน ถูกบังคับค้าประเวณีในร้านคาราโอเกะ',
      'เจ้าหน้าที่ตำรวจบุกตรวจค้นร้านคาราโอเกะแห่งหนึ่งในอำเภอบ้านสวน และช่วยเหลือหญิงสาว 12 คน ที่ถูกหลอกว่าจะได้' +
        'ทำงานเป็นพนักงานเสิร์ฟ แต่กลับถูกบังคับให้ขายบริการทางเพศ เจ้าของร้านยึดหนังสือเดินทางและบอกว่าพวกเธอมีหนี้' +
        'ที่ต้องชดใช้ ตำรวจจับกุมผู้ต้องหา 2 คน ในข้อหาค้ามนุษย์',
    );
    assert.equal(r.language, 'th');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 12);
    assert.equal(r.minors, false);
  });

  it('places a story by a Thai province written in Thai ("จังหวัดสมุทรปราการ"): Thailand', async () => {
    const r = await analyze(
      'ตำรวจจับกุมขบวนการค้ามนุษย์ที่บังคับเด็กขอทาน',
      'เจ้าหน้าที่ตำรวจจังหวัดสมุทรปราการช่วยเหลือเด็ก 5 คน ที่ถูกบังคับให้ขอทานในตลาด และจับกุมผู้ต้องหา 2 คน ' + 'ในข้อหาค้ามนุษย์',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.countries.includes('TH'), r.countries.join());
  });

  it('reads a count in Thai digits ("หญิง ๙ คน")', async () => {
    const r = await analyze('ทลายซ่องค้ามนุษย์ในตัวเมือง', 'ตำรวจช่วยเหลือผู้เสียหาย ๙ คน ซึ่งถูกบังคับค้าประเวณี และจับกุมนายหน้า ๒ คน');
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 9);
  });

  it('reads forced labour told without the word for trafficking: labour on a fishing boat, 20 victims', async () => {
    const r = await analyze(
      'แรงงาน 20 คน ถูกบังคับทำงานบนเรือประมงโดยไม่ได้รับค่าจ้าง',
      'เจ้าหน้าที่ตรวจพบแรงงาน 20 คน บนเรือประมงลำหนึ่งที่ท่าเรือบ้านสวน แรงงานเล่าว่าถูกบังคับให้ทำงานวันละ 20 ชั่วโมง ' +
        'ไม่มีวันหยุด และไม่ได้รับค่าจ้างมานานหลายเดือน นายจ้างยึดหนังสือเดินทางของทุกคนไว้',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 20);
  });

  it('reads a child made to beg ("เด็ก 5 คน ... อายุระหว่าง 6 ถึง 11 ปี"): forced begging, minors, 5 victims', async () => {
    const r = await analyze(
      'เด็ก 5 คน ถูกบังคับขอทาน',
      'เจ้าหน้าที่ช่วยเหลือเด็ก 5 คน อายุระหว่าง 6 ถึง 11 ปี ที่ถูกแก๊งขอทานบังคับให้นั่งขอเงินบนสะพานลอยทุกวัน',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 5);
  });

  it('reads a girl of fifteen ("เด็กหญิงอายุ 15 ปี") as a minor', async () => {
    const r = await analyze(
      'ช่วยเด็กหญิงวัย 15 ปี ถูกหลอกไปขายบริการ',
      'ตำรวจช่วยเหลือเด็กหญิงอายุ 15 ปี ซึ่งถูกชายคนหนึ่งหลอกมาจากต่างจังหวัด แล้วบังคับให้ขายบริการทางเพศแก่ลูกค้า' +
        'ในห้องเช่า ผู้ต้องหาถูกจับกุม ส่วนเด็กถูกส่งตัวไปยังบ้านพักเด็กและครอบครัว',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('sexual'), r.types.join());
    assert.equal(r.minors, true);
  });

  it('does not read the suspects\' count as victims ("ผู้ต้องหา 5 คน")', async () => {
    const r = await analyze(
      'จับกุมผู้ต้องหา 5 คน ขบวนการค้ามนุษย์',
      'ตำรวจจับกุมผู้ต้องหา 5 คน ซึ่งเป็นสมาชิกขบวนการค้ามนุษย์ที่หลอกหญิงสาวไปขายบริการในต่างประเทศ ผู้ต้องหาทั้งหมด' +
        'ถูกนำตัวส่งพนักงานสอบสวนเพื่อดำเนินคดี',
    );
    assert.equal(r.relevant, true);
    assert.notEqual(r.victims, 5);
    const court = await analyze(
      'ศาลพิพากษาจำคุกจำเลยคดีค้ามนุษย์ 6 คน',
      'ศาลพิพากษาจำคุกจำเลย 6 คน คนละ 10 ปี ในคดีค้ามนุษย์ที่หลอกหญิงสาวไปบังคับค้าประเวณี',
    );
    assert.equal(court.relevant, true);
    assert.notEqual(court.victims, 6);
    assert.notEqual(court.victims, 10);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'จับผู้ต้องหา 3 คน พร้อมยาบ้า 2 ล้านเม็ด',
      'เจ้าหน้าที่ตำรวจสกัดจับรถกระบะบนถนนสายรอง พบยาบ้า 2 ล้านเม็ดและไอซ์ 50 กิโลกรัม ซุกซ่อนอยู่ใต้กระบะ ' +
        'จับกุมผู้ต้องหา 3 คน ซึ่งรับสารภาพว่าได้รับการว่าจ้างจากขบวนการค้ายาเสพติดให้ขนยาไปส่งในเมือง',
    ],
    [
      'สกัดรถตู้ขนแรงงาน 15 คน ลักลอบเข้าเมือง',
      'ทหารสกัดจับรถตู้บนถนนสายชายแดน พบแรงงานต่างด้าว 15 คน ลักลอบเข้าเมืองโดยผิดกฎหมาย แรงงานทั้งหมดจ่ายเงินให้' +
        'คนขับคนละ 15,000 บาท เพื่อให้พาไปหางานทำ เจ้าหน้าที่จับกุมคนขับรถในข้อหานำพาคนต่างด้าวเข้ามาในราชอาณาจักร ' +
        'และส่งตัวแรงงานให้ตรวจคนเข้าเมืองเพื่อผลักดันกลับ',
    ],
    [
      'การจราจรติดขัดหนักบนถนนสายหลัก',
      'ฝนตกหนักตั้งแต่ช่วงเย็นทำให้การจราจรบนถนนสายหลักติดขัดเป็นระยะทางหลายกิโลเมตร ตำรวจจราจรแนะนำให้ผู้ขับขี่' + 'หลีกเลี่ยงเส้นทางดังกล่าว',
    ],
    [
      'เครือข่ายพนักงานบริการเรียกร้องยกเลิกกฎหมายค้าประเวณี',
      'กลุ่มนักเคลื่อนไหวยื่นหนังสือถึงรัฐสภา เรียกร้องให้ยกเลิกกฎหมายค้าประเวณี และลดทอนความเป็นอาชญากรรม ' +
        'เพื่อคุ้มครองสิทธิของพนักงานบริการทั่วประเทศ',
    ],
    [
      'นักการเมืองถูกกล่าวหาแสวงหาประโยชน์จากตำแหน่ง',
      'คณะกรรมการตรวจสอบเปิดเผยว่ากำลังตรวจสอบนักการเมืองท้องถิ่นที่ถูกกล่าวหาว่าแสวงหาประโยชน์จากโครงการ' + 'ก่อสร้างถนน',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'th');
      assert.equal(r.relevant, false);
    });
  }
});

describe('Khmer (km.json)', () => {
  it('finds its key phrases inside running text, as the segmenter cuts it', () => {
    const cases: [text: string, cat: string, phrase: string][] = [
      ['ប៉ូលិសបានបង្ក្រាបបណ្តាញការជួញដូរមនុស្សមួយ', 'tip', 'ជួញដូរមនុស្ស'],
      ['ជនរងគ្រោះត្រូវបានបញ្ជូនទៅមន្ទីរសង្គមកិច្ច', 'victim', 'ជនរងគ្រោះ'],
      ['សមត្ថកិច្ចបានជួយសង្គ្រោះពលករទាំងនោះ', 'rescue', 'ជួយសង្គ្រោះ'],
      ['ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យម្នាក់', 'incident', 'ចាប់ខ្លួន'],
      ['ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យម្នាក់', 'suspect', 'ជនសង្ស័យ'],
      ['កុមារទាំងនោះត្រូវបានបញ្ជូនទៅផ្ទះវិញ', 'minor', 'កុមារ'],
      ['ស្ត្រីទាំងនោះត្រូវបានបញ្ជូនទៅផ្ទះវិញ', 'adult', 'ស្ត្រី'],
      ['ពួកគេជាជនរងគ្រោះនៃពលកម្មដោយបង្ខំ', 'exploit', 'ពលកម្មដោយបង្ខំ'],
      ['នាងត្រូវបានបង្ខំឱ្យធ្វើពេស្យាចារ', 'exploit', 'ពេស្យាចារ'],
      ['ប៉ូលិសរឹបអូសបានគ្រឿងញៀនជាច្រើន', 'goods', 'គ្រឿងញៀន'],
      ['ពលករទាំងនោះបានឆ្លងដែនខុសច្បាប់', 'smuggle', 'ឆ្លងដែនខុសច្បាប់'],
      ['ការកកស្ទះចរាចរណ៍បានកើតឡើង', 'neg', 'ចរាចរណ៍'],
      ['កាលពីថ្ងៃទី ៣ ខែមីនា', 'date', 'ខែមីនា'],
    ];
    for (const [text, cat, phrase] of cases)
      assert.ok(found('km', text, cat).includes(phrase), `${cat} "${phrase}" in ${text}`);
  });

  it('reads number words, Khmer digits and their scales', () => {
    assert.equal(numberOf('km', 'ដប់មួយនាក់'), 11);
    assert.equal(numberOf('km', 'ដប់បីនាក់'), 13);
    assert.equal(numberOf('km', 'ម្ភៃនាក់'), 20);
    assert.equal(numberOf('km', 'សែសិបនាក់'), 40);
    assert.equal(numberOf('km', 'ពីររយនាក់'), 200);
    assert.equal(numberOf('km', 'បីពាន់នាក់'), 3000);
    assert.equal(numberOf('km', '១២ នាក់'), 12);
    assert.equal(numberOf('km', '១២នាក់'), 12);
  });

  it('reads a sexual-exploitation rescue with a count ("ស្ត្រីចំនួន ១២ នាក់"): sexual, 12 adult victims', async () => {
    const r = await analyze(
      'សមត្ថកិច្ចជួយសង្គ្រោះស្ត្រី ១២ នាក់ ពីការជួញដូរមនុស្ស',
      'សមត្ថកិច្ចនគរបាលបានចុះឆែកឆេរហាងខារ៉ាអូខេមួយកន្លែង ហើយបានជួយសង្គ្រោះស្ត្រីចំនួន ១២ នាក់ ' +
        'ដែលត្រូវបានបង្ខំឱ្យធ្វើពេស្យាចារ។ ម្ចាស់ហាងបានដកហូតលិខិតឆ្លងដែនរបស់ពួកនាង ហើយប្រាប់ថាពួកនាងជំពាក់បំណុល។ ' +
        'សមត្ថកិច្ចបានចាប់ខ្លួនជនសង្ស័យ ២ នាក់។',
    );
    assert.equal(r.language, 'km');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 12);
    assert.equal(r.minors, false);
  });

  it('reads forced labour told without the word for trafficking: labour on a fishing boat, 20 victims', async () => {
    const r = await analyze(
      'ពលករ ២០ នាក់ ត្រូវបានជួយសង្គ្រោះពីនាវានេសាទ',
      'ពលករចំនួន ២០ នាក់ ត្រូវបានជួយសង្គ្រោះពីនាវានេសាទមួយគ្រឿង បន្ទាប់ពីពួកគេត្រូវបានបង្ខំឱ្យធ្វើការ ២០ ម៉ោង' +
        'ក្នុងមួយថ្ងៃ ដោយគ្មានថ្ងៃសម្រាក និងមិនបានទទួលប្រាក់ខែអស់រយៈពេលជាច្រើនខែ។ ថៅកែនាវាបានដកហូតលិខិតឆ្លងដែនរបស់ពួកគេ។',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 20);
  });

  it('reads a girl of fifteen sold as a bride ("ក្មេងស្រីអាយុ ១៥ ឆ្នាំ"): forced marriage, a minor', async () => {
    const r = await analyze(
      'ក្មេងស្រីអាយុ ១៥ ឆ្នាំ ត្រូវបានលក់ធ្វើជាកូនក្រមុំ',
      'ប៉ូលិសបានជួយសង្គ្រោះក្មេងស្រីអាយុ ១៥ ឆ្នាំម្នាក់ ដែលត្រូវបានមេខ្យល់បោកបញ្ឆោតថានឹងរកការងារឱ្យធ្វើ ' +
        'ប៉ុន្តែបែរជាលក់នាងឱ្យរៀបការជាមួយបុរសម្នាក់នៅបរទេស។ មេខ្យល់ម្នាក់ត្រូវបានចាប់ខ្លួន។',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('forced_marriage'), r.types.join());
    assert.equal(r.minors, true);
  });

  it('does not read the suspects\' count as victims ("ជនសង្ស័យ ៥ នាក់")', async () => {
    const r = await analyze(
      'ចាប់ខ្លួនជនសង្ស័យ ៥ នាក់ ក្នុងបណ្តាញជួញដូរមនុស្ស',
      'ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យ ៥ នាក់ ដែលជាសមាជិកបណ្តាញជួញដូរមនុស្សដែលបានបោកបញ្ឆោតស្ត្រីទៅលក់នៅបរទេស។ ' +
        'ជនសង្ស័យទាំងអស់ត្រូវបានបញ្ជូនទៅតុលាការ។',
    );
    assert.equal(r.relevant, true);
    assert.notEqual(r.victims, 5);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'ចាប់ខ្លួនជនសង្ស័យ ៣ នាក់ ពាក់ព័ន្ធការជួញដូរគ្រឿងញៀន',
      'កងកម្លាំងនគរបាលបានចាប់ខ្លួនជនសង្ស័យ ៣ នាក់ ពាក់ព័ន្ធនឹងការជួញដូរគ្រឿងញៀន និងរឹបអូសបានម៉ាទឹកកកចំនួន ២ ' +
        'គីឡូក្រាម និងថ្នាំញៀនជាច្រើនគ្រាប់។ ជនសង្ស័យទាំងបីត្រូវបានបញ្ជូនទៅតុលាការ។',
    ],
    [
      'ពលករ ៣០ នាក់ ឆ្លងដែនខុសច្បាប់ត្រូវបានបញ្ជូនមកវិញ',
      'អាជ្ញាធរបានបញ្ជូនពលករចំនួន ៣០ នាក់ ដែលបានឆ្លងដែនខុសច្បាប់ទៅធ្វើការនៅបរទេស ត្រឡប់មកវិញតាមច្រកព្រំដែន។ ' +
        'ពលករទាំងនោះបានបង់ប្រាក់ឱ្យមេខ្យល់ម្នាក់ក្នុងម្នាក់ ៣០០០ បាត ដើម្បីនាំពួកគេឆ្លងដែន។',
    ],
    [
      'ការកកស្ទះចរាចរណ៍នៅលើផ្លូវជាតិ',
      'ការកកស្ទះចរាចរណ៍យ៉ាងធ្ងន់ធ្ងរបានកើតឡើងនៅលើផ្លូវជាតិ បន្ទាប់ពីរថយន្តដឹកទំនិញមួយគ្រឿងបានក្រឡាប់។ ' +
        'ប៉ូលិសចរាចរណ៍បានណែនាំឱ្យអ្នកបើកបរប្រើផ្លូវផ្សេង។',
    ],
    [
      'មន្ត្រីបង្ក្រាបការជួញដូរសត្វព្រៃ',
      'មន្ត្រីរដ្ឋបាលព្រៃឈើបានបង្ក្រាបករណីជួញដូរសត្វព្រៃ និងរឹបអូសបានសត្វព្រៃជាច្រើនក្បាល ព្រមទាំងចាប់ខ្លួនជនសង្ស័យ ' + '២ នាក់។',
    ],
    [
      'ក្រុមហ៊ុនត្រូវបានចោទថាកេងប្រវ័ញ្ចធនធានធម្មជាតិ',
      'អង្គការសង្គមស៊ីវិលបានចោទប្រកាន់ក្រុមហ៊ុនរុករករ៉ែមួយថាបានកេងប្រវ័ញ្ចធនធានធម្មជាតិ និងបំផ្លាញព្រៃឈើ។',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'km');
      assert.equal(r.relevant, false);
    });
  }
});

describe('digits of other scripts', () => {
  it('reads Arabic-Indic, Persian, Devanagari, Bengali, Lao and Myanmar digits as numbers', () => {
    assert.equal(numberOf('ar', '١٢ امرأة'), 12);
    assert.equal(numberOf('ar', '۱۵۰ عاملا'), 150);
    assert.equal(numberOf('en', '१२ women'), 12);
    assert.equal(numberOf('en', '১২ women'), 12);
    assert.equal(numberOf('en', '໑໒ women'), 12);
    assert.equal(numberOf('en', '၁၂ women'), 12);
    assert.equal(numberOf('ar', '١٢٪'), null);
  });

  it('reads a number word that is also another word only before a word for people or a scale ("năm phụ nữ", "năm mươi", not "năm 2023")', () => {
    assert.equal(numberOf('vi', 'năm phụ nữ'), 5);
    assert.equal(numberOf('vi', 'năm mươi người'), 50);
    assert.equal(numberOf('vi', 'năm trăm phụ nữ'), 500);
    assert.equal(numberOf('vi', 'năm 2023'), null);
    assert.equal(numberOf('hu', 'öt nőt'), 5);
    assert.equal(numberOf('hu', 'őt nőt'), null);
  });
});
