import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries, where } from './helpers.ts';

// Sentences composed by us: destinations named only by a city in Thai and Japanese, towns in Khmer, the countries of
// the region and Myanmar's states and towns in Burmese (no package has Burmese names), and an Italian city known by
// its short name.

describe('places in Asian scripts the packages lack', () => {
  it('finds a Gulf or Australian destination named only by its city in Thai and Japanese', () => {
    const title = 'หญิงไทยถูกหลอกไปค้าประเวณีที่มนามา';
    assert.deepEqual([...where(title, 'th', title.length).countries].sort(), ['BH', 'TH']);
    assert.deepEqual(countries('女性2人をシドニーで働かせた疑い', 'ja'), ['AU']);
  });

  it('finds Cambodian towns and Indonesian people in Khmer', () => {
    assert.deepEqual(countries('ប៉ូលិសបានជួយសង្គ្រោះជនជាតិឥណ្ឌូនេស៊ី ១២ នាក់ នៅក្រុងព្រះសីហនុ', 'km'), ['ID', 'KH']);
  });

  it('finds Thailand, China and Mae Sot in Burmese', () => {
    assert.deepEqual(countries('မြန်မာအလုပ်သမား ၁၀ ဦးကို ထိုင်းရဲ ကယ်ဆယ်', 'my'), ['MM', 'TH']);
    assert.deepEqual(countries('မိန်းကလေးကို တရုတ်နိုင်ငံသို့ ရောင်းစားခဲ့သည်', 'my'), ['CN']);
    const places = where('ထိုင်းနိုင်ငံ မဲဆောက်မြို့ရှိ စက်ရုံမှ အလုပ်သမားများ', 'my').places.map((p) => p.name);
    assert.ok(places.includes('Mae Sot'), places.join());
  });

  it('finds Myanmar by its Burmese name and its states, regions and towns in Burmese', () => {
    assert.deepEqual(countries('မြန်မာနိုင်ငံ မြဝတီမြို့ရှိ စခန်းတစ်ခု', 'my'), ['MM']);
    const places = (text: string) => where(text, 'my').places.map((p) => p.name);
    assert.deepEqual(places('ကချင်ပြည်နယ် မြစ်ကြီးနားမြို့မှ မိန်းကလေး'), ['Kachin State', 'Myitkyina']);
    assert.deepEqual(places('ရှမ်းပြည်နယ်မြောက်ပိုင်းရှိ ရွာတစ်ရွာ'), ['Shan State']);
    assert.deepEqual(places('ကရင်ပြည်နယ်နှင့် ပဲခူးတိုင်းမှ အလုပ်သမားများ'), ['Kayin State', 'Bago']);
    assert.deepEqual(places('စစ်ကိုင်းဒေသကြီးမှ လူငယ်များ'), ['Sagaing Region']);
  });

  it('reads "Reggio Emilia" as the Italian city', () => {
    assert.deepEqual(countries('I Carabinieri di Reggio Emilia hanno arrestato un uomo.', 'it'), ['IT']);
  });
});
