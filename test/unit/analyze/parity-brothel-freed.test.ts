import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Composed by us (fictional): the police free 14 women from a brothel. In Bulgarian, Serbian, Arabic and Italian it
// read as not relevant: their words for a brothel ("javna kuća", "بيت دعارة", "casa chiusa") were missing, and their
// verbs of freeing were no sign of coercion as English "freed" is.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'bg',
    'Полицията освободи 14 жени в Пловдив',
    'Полицията освободи четиринадесет жени от публичен дом в Пловдив във вторник. Задържани са трима заподозрени.',
  ],
  [
    'sr',
    'Policija oslobodila 14 žena u Novom Sadu',
    'Policija je u utorak oslobodila četrnaest žena iz javne kuće u Novom Sadu. Uhapšena su tri osumnjičena.',
  ],
  [
    'ar',
    'الشرطة تحرر 14 امرأة في الإسكندرية',
    'حررت الشرطة يوم الثلاثاء أربع عشرة امرأة من بيت دعارة في الإسكندرية. وألقي القبض على ثلاثة مشتبه بهم.',
  ],
  [
    'it',
    'Liberate 14 donne a Bari',
    'La polizia ha liberato martedì quattordici donne da una casa chiusa a Bari. Tre sospettati sono stati arrestati.',
  ],
];

describe('women freed from a brothel, in Bulgarian, Serbian, Arabic and Italian', () => {
  for (const [lang, title, text] of CASES) {
    it(lang, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['sexual']);
      assert.equal(r.victims, 14);
    });
  }
});
