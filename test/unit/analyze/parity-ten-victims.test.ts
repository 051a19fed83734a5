import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional), told in eight languages of Asia and its neighbours: ten victims rescued,
// "including four children", the count written as a word. Malay is read with the Indonesian lexicon (its alias), which
// now holds the Malay words for victim and children ("mangsa", "kanak-kanak").
const CASES: [lang: string, title: string, text: string][] = [
  [
    'tl',
    'Sampung biktima nasagip',
    'Nasagip ng NBI ang sampung biktima ng human trafficking, kabilang ang apat na menor de edad, sa isang resort sa Cebu.',
  ],
  [
    'id',
    'Sepuluh korban TPPO',
    'Polisi menyelamatkan sepuluh korban perdagangan orang, termasuk empat anak di bawah umur, dari sebuah tempat hiburan di Surabaya.',
  ],
  [
    'vi',
    'Giải cứu mười nạn nhân',
    'Công an đã giải cứu mười nạn nhân bị mua bán, trong đó có bốn trẻ em, tại một quán karaoke ở Quảng Ninh.',
  ],
  ['th', 'ช่วยเหยื่อสิบคน', 'ตำรวจช่วยเหลือเหยื่อการค้ามนุษย์สิบคน ในจำนวนนี้เป็นเด็กสี่คน จากร้านคาราโอเกะในเชียงใหม่'],
  [
    'ms',
    'Sepuluh mangsa diselamatkan',
    'Polis menyelamatkan sepuluh mangsa pemerdagangan orang, termasuk empat kanak-kanak, dari sebuah pusat hiburan di Kuala Lumpur.',
  ],
  [
    'ro',
    'Zece victime salvate',
    'Polițiștii au salvat zece victime ale traficului de persoane, printre care patru minori, dintr-un club din Constanța.',
  ],
  [
    'tr',
    'On mağdur kurtarıldı',
    "Polis, aralarında dört çocuğun da bulunduğu on insan ticareti mağdurunu Antalya'da bir eğlence mekanında kurtardı.",
  ],
  ['ar', 'إنقاذ عشرة ضحايا', 'أنقذت الشرطة عشرة ضحايا للاتجار بالبشر، بينهم أربعة أطفال، من ملهى ليلي في عمّان.'],
];

describe('ten victims including four children, the count in words', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: ten victims, minors among them`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 10);
      assert.equal(r.minors, true);
    });
  }
});
