import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

// Sentences composed by us (fictional cases): the first-level units of China, Nepal, Pakistan, Bangladesh, Iran and
// Japan as their own press names them (data/gazetteer/region-aliases.tsv), each mapped to country-state-city's unit.

/** The countries and the regions and towns found, as "name/CC". */
function found(text: string, lang: string): { countries: string[]; places: string[] } {
  const r = where(text, lang);
  return { countries: [...r.countries].sort(), places: r.places.map((p) => `${p.name}/${p.country}`) };
}

function check(cases: [lang: string, text: string, country: string, place: string][]): void {
  for (const [lang, text, country, place] of cases) {
    const got = found(text, lang);
    assert.ok(got.countries.includes(country), `${text}: ${got.countries}`);
    assert.ok(got.places.includes(place), `${text}: ${got.places}`);
  }
}

describe('regions of China, Nepal, Pakistan, Bangladesh, Iran and Japan', () => {
  it('reads Chinese provinces, simplified and traditional, with and without 省, and their English names', () => {
    check([
      ['zh', '广东省东莞市警方近日解救了三名被拐卖的妇女。', 'CN', 'Guangdong/CN'],
      ['zh', '云南警方破获一起拐卖儿童案，两名嫌疑人被抓获。', 'CN', 'Yunnan/CN'],
      ['zh', '雲南省警方與廣東省警方聯合偵破此案。', 'CN', 'Guangdong/CN'],
      ['zh', '嫌疑人从广西将妇女带往山东出售。', 'CN', 'Guangxi Zhuang/CN'],
      ['zh', '黑龙江省公安厅通报了一起跨国拐卖案件。', 'CN', 'Heilongjiang/CN'],
      ['en', 'Women trafficked from Guangxi and Tibet were rescued.', 'CN', 'Xizang/CN'],
    ]);
  });
  it("reads Nepal's seven provinces in Nepali and English", () => {
    check([
      ['ne', 'बागमती प्रदेशका तीन जिल्लामा प्रहरीले छापा मारेको छ।', 'NP', 'Bagmati Zone/NP'],
      ['ne', 'मधेश प्रदेश प्रहरीले चार जना किशोरीको उद्धार गरेको छ।', 'NP', 'Janakpur Zone/NP'],
      ['en', 'Police in Lumbini Province rescued five girls bound for India.', 'NP', 'Lumbini Zone/NP'],
      ['en', 'Officers in Koshi Province arrested two brokers.', 'NP', 'Kosi Zone/NP'],
      ['en', 'The Sudurpashchim Province police freed eleven workers.', 'NP', 'Far-Western Development Region/NP'],
    ]);
  });
  it("reads Pakistan's provinces in Urdu and English", () => {
    check([
      ['ur', 'سندھ کے ضلع سکھر میں بھٹہ مزدوروں کو آزاد کرایا گیا۔', 'PK', 'Sindh/PK'],
      ['ur', 'خیبر پختونخوا میں انسانی اسمگلنگ کا گروہ پکڑا گیا۔', 'PK', 'Khyber Pakhtunkhwa/PK'],
      ['ur', 'پولیس نے بلوچستان کے راستے ایران جانے والے افراد گرفتار کر لیے', 'PK', 'Balochistan/PK'],
      ['en', 'Girls from Baluchistan and Sindh were sold.', 'PK', 'Balochistan/PK'],
      ['en', 'Police in KPK and Gilgit-Baltistan arrested three agents.', 'PK', 'Gilgit-Baltistan/PK'],
    ]);
  });
  it('keeps Punjab in India or Pakistan by the towns beside it, in English, Urdu and Hindi', () => {
    check([
      ['en', 'Punjab police raided a brick kiln near Lahore and freed 20 workers.', 'PK', 'Punjab/PK'],
      ['en', 'Punjab police raided a brick kiln near Ludhiana and freed 20 workers.', 'IN', 'Punjab/IN'],
      ['ur', 'پنجاب پولیس نے لاہور میں چھاپہ مار کر چار لڑکیوں کو بازیاب کرا لیا۔', 'PK', 'Punjab/PK'],
      ['ur', 'پنجاب پولیس نے امرتسر میں ایک گروہ پکڑا۔', 'IN', 'Punjab/IN'],
      ['ur', 'پنجاب میں دو ایجنٹ گرفتار', 'PK', 'Punjab/PK'],
      ['hi', 'पाकिस्तान के पंजाब प्रांत में ईंट भट्ठे से मजदूर मुक्त', 'PK', 'Punjab/PK'],
      ['hi', 'पंजाब पुलिस ने अमृतसर में छापा मारा', 'IN', 'Punjab/IN'],
    ]);
    assert.deepEqual(found('پنجاب پولیس نے لاہور میں چھاپہ مارا۔', 'ur').countries, ['PK']);
    assert.deepEqual(found('पंजाब पुलिस ने अमृतसर में छापा मारा', 'hi').countries, ['IN']);
  });
  it("reads Bangladesh's divisions in Bengali, with their case endings", () => {
    check([
      ['bn', 'খুলনা বিভাগের সীমান্ত দিয়ে পাচারের সময় তিন নারীকে উদ্ধার করা হয়েছে।', 'BD', 'Khulna Division/BD'],
      ['bn', 'ময়মনসিংহ বিভাগে দুই দালাল গ্রেপ্তার', 'BD', 'Mymensingh Division/BD'],
      ['bn', 'রংপুর বিভাগ থেকে পাচার হওয়া কিশোরী উদ্ধার', 'BD', 'Rangpur Division/BD'],
    ]);
  });
  it("reads Iran's provinces in Persian, and not the Persian Gulf as Fars", () => {
    check([
      ['fa', 'پلیس استان سیستان و بلوچستان سه قاچاقچی انسان را دستگیر کرد.', 'IR', 'Sistan and Baluchestan/IR'],
      ['fa', 'در خوزستان دو زن از چنگ قاچاقچیان نجات یافتند.', 'IR', 'Khuzestan/IR'],
      ['fa', 'پلیس استان فارس یک باند قاچاق را متلاشی کرد.', 'IR', 'Fars/IR'],
    ]);
    assert.deepEqual(found('در خلیج فارس یک قایق توقیف شد.', 'fa').places, []);
  });
  it("reads Japan's prefectures, their police, and not a surname", () => {
    check([
      ['ja', '愛知県警は女性３人を保護したと発表した。', 'JP', 'Aichi Prefecture/JP'],
      ['ja', '大阪府警と兵庫県警が合同で捜査している。', 'JP', 'Hyōgo Prefecture/JP'],
      ['ja', '北海道の農場で技能実習生が働かされていた。', 'JP', 'Hokkaidō Prefecture/JP'],
      ['ja', '男は神奈川県内の工場で実習生を働かせていた。', 'JP', 'Kanagawa Prefecture/JP'],
    ]);
    assert.deepEqual(found('山口さんは記者会見で被害を訴えた。', 'ja').countries, []);
  });
});
