import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LanguageDetector, loadLanguageDetector } from '../../../src/analyze/language/detect.ts';
import { loadRelatives } from '../../../src/analyze/language/relatives.ts';

// Short texts the language model gives to a close relative (data/lexicons/language/relatives.json), written by us.
// The comment after each says what the model alone answered when the test was written.
const CORRECTED: [text: string, language: string][] = [
  ['मानव बेचबिखनमा संलग्न दुई जनालाई १० वर्ष कैद', 'ne'], // hi
  ['बेचबिखन मुद्दामा तीन जना पक्राउ', 'ne'], // hi
  ['नक्कली म्यानपावर कम्पनीका सञ्चालक पक्राउ', 'ne'], // hi
  ['जिल्ला प्रहरी कार्यालय झापा', 'ne'], // mr
  ['پولیس نے 7 بچوں کو بازیاب کرایا', 'ur'], // fa
  ['پولیس نے دو ملزمان کو گرفتار کر لیا', 'ur'], // fa
  ['گردے فروخت کرنے والا گروہ پکڑا گیا', 'ur'], // pnb
  ['男子拐卖儿童被判无期徒刑', 'zh'], // ja
  ['法院一审判处被告人有期徒刑十年', 'zh'], // ja
  ['拐卖妇女案告破', 'zh'], // en
  ['技能実習生ら５人失踪', 'ja'], // en
  // lid.176 has no Hausa: a Hausa text gets whichever Latin-script label comes nearest.
  ["Rundunar 'yan sandan jihar Katsina ta kama wasu mutane biyu da ake zargi da safarar yara", 'ha'], // it
  ['Hukumar yaki da fataucin mutane ta kasa NAPTIP ta ceto yara goma sha biyar a Kano', 'ha'], // ms
  ['Wata mata ta sayar da jaririnta kan naira dubu dari biyu a jihar Anambra', 'ha'], // id
  ['Mutane goma sun mutu a wani hatsarin mota a kan hanyar Kano zuwa Zariya', 'ha'], // id
  ["Yarinya 'yar shekara goma sha uku an aurar da ita ba tare da son ranta ba", 'ha'], // pt
  ['Gwamnatin jihar Kano ta ce za ta hana bara a tituna', 'ha'], // bs
];

// Texts the model reads right, which the check must leave alone.
const KEPT: [text: string, language: string][] = [
  ['पुलिस ने तीन लड़कियों को मुक्त कराया है।', 'hi'],
  ['दो तस्कर गिरफ्तार, चार बच्चे छुड़ाए गए', 'hi'],
  ['मजदूरों को छह महीने से वेतन नहीं मिला था', 'hi'],
  ['पोलिसांनी तीन मुलींची सुटका केली आहे.', 'mr'],
  ['उनीहरू दुई वर्षदेखि तलब नपाई काम गरिरहेका थिए।', 'ne'],
  ['پولیس نے تین لڑکیوں کو بازیاب کرا لیا ہے', 'ur'],
  ['پلیس سه زن را از یک باند قاچاق انسان نجات داد', 'fa'],
  ['کارگران افغانستانی‌ها شش ماه حقوق نگرفته‌اند', 'fa'],
  ['警察、女性３人を保護', 'ja'],
  ['人身取引で男逮捕', 'ja'],
  ['警方解救三名妇女', 'zh'],
  // A Hausa word or name in another language's text: its own function words outweigh it.
  ['The NAPTIP officials in Kano said the girls were sold by the sun market traders', 'en'],
  ["La polizia di Kano ha arrestato due uomini accusati di tratta, dice l'agenzia NAPTIP", 'it'],
  ['Polisi wa Tanzania wamewakamata watu wawili kwa tuhuma za usafirishaji haramu wa binadamu', 'sw'],
  ['Polisi menyelamatkan dua puluh wanita dari jaringan perdagangan orang di Batam', 'id'],
  ['A Polícia Federal resgatou doze trabalhadores em condições análogas à escravidão', 'pt'],
];

describe('close relatives on short texts', () => {
  let detect: Promise<LanguageDetector> | undefined;
  const detected = async (text: string) => {
    detect ??= loadLanguageDetector();
    return (await detect)(text);
  };
  it('corrects the label where the words or letters say otherwise', async () => {
    for (const [text, language] of CORRECTED) assert.equal(await detected(text), language, text);
  });
  it('leaves the label alone where they agree with it', async () => {
    for (const [text, language] of KEPT) assert.equal(await detected(text), language, text);
  });
});

describe('the relatives check', () => {
  const check = loadRelatives();
  it('keeps the label without evidence, and any label outside the groups', () => {
    assert.equal(check('sa', 'सिन्धुपाल्चोक'), 'sa');
    assert.equal(check('hi', 'दिल्ली'), 'hi');
    assert.equal(check('ar', 'قال إن الشرطة في المدينة'), 'ar');
    assert.equal(check('en', 'The police said on Monday'), 'en');
  });
  it('keeps the label where it ties for the most evidence', () => {
    assert.equal(check('pnb', 'دو ایجنٹ گرفتار'), 'pnb');
  });
  it('reads a text of Han characters as Chinese or Japanese whatever the label', () => {
    assert.equal(check('mk', '警方解救三名妇女'), 'zh');
    assert.equal(check('mk', '女性を保護'), 'ja');
    assert.equal(check('yue', '佢哋喺度'), 'yue');
    assert.equal(check('ko', '경찰이 여성 세 명을 구조했다'), 'ko');
  });
});
